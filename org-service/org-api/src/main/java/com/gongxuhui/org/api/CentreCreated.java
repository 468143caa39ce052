package com.gongxuhui.org.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** A local transfer centre was set up (the head office counts as one). */
public record CentreCreated(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long centreId, long institutionId, String name, String regionCode,
        boolean headOffice) implements IntegrationEvent {
}
