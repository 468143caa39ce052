package com.gongxuhui.org.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An audit entry as the audit list shows it; {@code changes} maps each field to {@code [before, after]}. */
public record AuditEntryView(long id, Instant occurredAt, Long actorId, String actorName, String action,
        String targetType, String targetId, Long institutionId, JsonNode changes) {
}
