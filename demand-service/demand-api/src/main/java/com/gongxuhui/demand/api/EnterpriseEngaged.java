package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * An institution accepted a demand of a recorded enterprise that {@code fromInstitutionId} opened to others:
 * enterprise-service lets the accepting institution's people see and edit the enterprise from now on, if the
 * handing-over institution works with it (enterprise-service's rule, not this event's).
 */
public record EnterpriseEngaged(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long enterpriseId, long institutionId, long fromInstitutionId)
        implements IntegrationEvent {
}
