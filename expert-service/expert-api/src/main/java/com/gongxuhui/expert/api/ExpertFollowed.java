package com.gongxuhui.expert.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * The expert followed ({@code following} true) or unfollowed the official account: pushes reach him through
 * it only while he follows. {@code coordinates} are those of the institution that maintains him.
 */
public record ExpertFollowed(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long expertId, boolean following) implements IntegrationEvent {
}
