package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** A demand that cannot be solved was closed, with the reason. {@code coordinates} are the handling institution's. */
public record DemandClosed(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long demandId, long handlerId, String reason) implements IntegrationEvent {
}
