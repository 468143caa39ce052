package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** An expert chose to dock (对接) the demand from the mini-program; its broker ({@code handlerId}) is told. */
public record DemandDockedByExpert(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long dockingId, long expertId, String title, long handlerId)
        implements IntegrationEvent {
}
