package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * An institution took up a demand of a recorded enterprise (its broker submitted it or named the enterprise,
 * or the institution accepted it from another): enterprise-service lets that institution's people see and edit
 * the enterprise from now on.
 */
public record EnterpriseEngaged(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long enterpriseId, long institutionId) implements IntegrationEvent {
}
