package com.gongxuhui.org.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** An account was disabled: it can no longer log in and its tokens are refused. */
public record AccountDisabled(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long accountId) implements IntegrationEvent {
}
