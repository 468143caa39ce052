package com.gongxuhui.org.audit;

import com.gongxuhui.common.security.SecurityEvent;
import java.time.Instant;

/** A security event as the system administrator's list shows it. */
public record SecurityEventView(long id, Instant occurredAt, SecurityEvent.Kind kind, String service, String subject,
        Long accountId, String clientAddress, String detail) {
}
