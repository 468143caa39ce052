package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** The broker recorded a follow-up; {@code visit} marks an enterprise visit (走访企业). {@code coordinates} are the handling institution's. */
public record FollowUpRecorded(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long demandId, long followUpId, String followUpType, boolean visit, long authorId, Long enterpriseId) implements IntegrationEvent {
}
