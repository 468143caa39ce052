package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** A broker pushed the demand to an expert (once per demand-expert pair): notify-service sends it by WeChat. */
public record DemandPushedToExpert(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long pushId, long expertId, String title, String fieldCode,
        long pushedBy) implements IntegrationEvent {
}
