package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The demand was opened to all institutions ({@code institutionIds} empty) or to named ones, at a fee ratio. */
public record DemandPublished(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, String scope, List<Long> institutionIds, BigDecimal feeRatio)
        implements IntegrationEvent {
}
