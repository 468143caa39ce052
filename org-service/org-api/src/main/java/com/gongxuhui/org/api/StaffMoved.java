package com.gongxuhui.org.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/** A staff member moved to another centre of his institution; {@code coordinates} are the new ones. */
public record StaffMoved(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long accountId, long fromCentreId, String fromRegionCode, long toCentreId,
        String toRegionCode) implements IntegrationEvent {
}
