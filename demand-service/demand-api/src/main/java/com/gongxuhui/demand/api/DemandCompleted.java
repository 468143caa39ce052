package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A cooperation project was registered for the demand: a deal (成功促成合作) credited to its handler. */
public record DemandCompleted(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long projectId, BigDecimal contractAmount, BigDecimal feeRatio,
        long handlerId) implements IntegrationEvent {
}
