package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * A municipal platform (open API) brought in an enterprise's demand: it waits in the pool (需求大厅) for an
 * institution to claim it. No institution yet: {@code coordinates} carry only the platform's region.
 */
public record DemandEnteredPool(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, String title, String fieldCode, String source, String platformId)
        implements IntegrationEvent {
}
