package com.gongxuhui.enterprise.api;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import java.time.Instant;
import java.util.UUID;

/**
 * An institution's person recorded an enterprise. {@code coordinates} are the recorder's institution, centre and
 * region (who brought the enterprise in); {@code regionCode} is where the enterprise itself is. {@code verified}
 * says whether the business registry confirmed the credit code, or the record was entered by hand while the
 * registry could not be asked.
 */
public record EnterpriseRegistered(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
        OrgCoordinates coordinates, long enterpriseId, String name, String uscc, String regionCode, boolean verified,
        long creatorInstitutionId) implements IntegrationEvent {
}
