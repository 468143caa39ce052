package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** Another broker of the institution handles the demand from now on. {@code coordinates} are the handling institution's. */
public record DemandReassigned(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long demandId, long fromHandlerId, long toHandlerId) implements IntegrationEvent {
}
