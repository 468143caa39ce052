package com.gongxuhui.demand.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** A broker submitted a demand; it waits for his institution's review. {@code coordinates} are the handling institution's. */
public record DemandSubmitted(UUID eventId, Instant occurredAt, Actor actor, String aggregateId, OrgCoordinates coordinates,
        long demandId, String title, String fieldCode, String source, long submitterId) implements IntegrationEvent {
}
