package com.gongxuhui.common.security;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * A service other than org-service recorded a {@link SecurityEvent}: it travels on the one topic every service's
 * security events share ({@link #TOPIC}, after the environment's prefix) to org-service, which stores it in the system
 * administrator's list. Published by {@link OutboxSecurityEvents}.
 */
public record SecurityEventRecorded(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, SecurityEvent event) implements IntegrationEvent {

    /** The topic of every service's security events, after {@code gxh.events.topic-prefix}. */
    public static final String TOPIC = "security-events";

    /** The outbox's {@code aggregate_id} column holds 64 characters; a longer subject is whole in the payload. */
    private static final int AGGREGATE_ID_LENGTH = 64;

    public static SecurityEventRecorded of(SecurityEvent event) {
        String subject = event.subject();
        return new SecurityEventRecorded(UUID.randomUUID(), event.occurredAt(), new Actor(event.accountId(), null),
                subject == null ? null : subject.substring(0, Math.min(subject.length(), AGGREGATE_ID_LENGTH)),
                OrgCoordinates.none(), event);
    }
}
