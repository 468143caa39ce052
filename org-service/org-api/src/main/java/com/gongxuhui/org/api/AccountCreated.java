package com.gongxuhui.org.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account was created; notify-service welcomes the person (in-app, and a DingTalk invitation later). */
public record AccountCreated(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long accountId, String name, String phone, Set<Role> roles)
        implements IntegrationEvent {
}
