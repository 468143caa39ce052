package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Another institution accepted the opened demand on its commitment; {@code coordinates} are the new handler's. */
public record DemandAccepted(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long fromInstitutionId, long toInstitutionId, BigDecimal feeRatio)
        implements IntegrationEvent {
}
