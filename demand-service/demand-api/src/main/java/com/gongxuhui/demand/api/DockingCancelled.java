package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** The expert withdrew his docking of the demand; its broker ({@code handlerId}) is told. */
public record DockingCancelled(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long dockingId, long expertId, long handlerId)
        implements IntegrationEvent {
}
