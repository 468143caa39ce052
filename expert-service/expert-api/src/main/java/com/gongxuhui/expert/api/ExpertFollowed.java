package com.gongxuhui.expert.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * The expert followed ({@code following = true}) or unfollowed the official account, as WeChat reported it to
 * the callback. notify-service keeps the openid for template messages and marks pushes to a non-follower
 * undelivered. {@code coordinates} are the maintaining institution's.
 */
public record ExpertFollowed(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long expertId, String officialAccountOpenId, boolean following) implements IntegrationEvent {
}
