package com.gongxuhui.expert.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * An institution added an expert (by hand or by import): notify-service sends him the SMS inviting him to
 * follow the official account. {@code coordinates} are the creating administrator's institution, centre and region.
 */
public record ExpertCreated(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long expertId, String name, String phone, long institutionId) implements IntegrationEvent {
}
