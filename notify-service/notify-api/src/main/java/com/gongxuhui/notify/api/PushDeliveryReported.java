package com.gongxuhui.notify.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * What became of a demand push on WeChat: {@code delivered} when the template message was accepted, otherwise
 * {@code reason} says why not (e.g. {@code NOT_FOLLOWING} the official account, {@code FAILED} after the
 * retries). demand-service shows it on the push record ({@code pushId}).
 */
public record PushDeliveryReported(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long demandId, long pushId, long expertId, boolean delivered, String reason)
        implements IntegrationEvent {
}
