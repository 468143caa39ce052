package com.gongxuhui.org.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A system administrator registered a legal-entity institution (with its head office and administrator). */
public record InstitutionRegistered(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long institutionId, String name, String uscc, String institutionType, String regionCode,
        BigDecimal minFeeRatio, long headOfficeCentreId, long adminAccountId) implements IntegrationEvent {
}
