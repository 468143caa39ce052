package com.gongxuhui.expert.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The expert replaced his field subscriptions (需求订阅) with {@code fieldCodes} (empty: unsubscribed from all):
 * the whole set each time, so a consumer keeps the latest one. The daily 16:00 digest reads it.
 */
public record ExpertSubscribed(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long expertId, List<String> fieldCodes) implements IntegrationEvent {
}
