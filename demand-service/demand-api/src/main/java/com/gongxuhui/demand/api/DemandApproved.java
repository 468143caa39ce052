package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * The institution's administrator approved the demand: it counts as mined (摸排) for its submitter, and the
 * daily digest offers it to experts subscribed to {@code fieldCode}. {@code coordinates} are the handling
 * institution's.
 */
public record DemandApproved(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long demandId, long submitterId, long handlerId, String title, String fieldCode) implements IntegrationEvent {
}
