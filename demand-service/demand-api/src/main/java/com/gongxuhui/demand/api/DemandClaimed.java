package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An institution claimed (揭榜) a demand from the pool on a signed commitment; its administrator handles it
 * ({@code handlerId}) until he hands it to a broker, and it is docking from now on. {@code coordinates} are the
 * claiming institution's.
 */
public record DemandClaimed(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, String title, String fieldCode, long handlerId,
        BigDecimal feeRatio) implements IntegrationEvent {
}
