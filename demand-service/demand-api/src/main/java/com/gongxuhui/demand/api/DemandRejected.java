package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** The institution's administrator sent the demand back to its submitter with a reason. {@code coordinates} are the handling institution's. */
public record DemandRejected(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long demandId, long submitterId, String reason) implements IntegrationEvent {
}
