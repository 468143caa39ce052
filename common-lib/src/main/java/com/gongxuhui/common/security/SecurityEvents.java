package com.gongxuhui.common.security;

/**
 * Where a service records its {@link SecurityEvent}s. Every service has one: each event is one structured line of
 * the {@code gxh.security} log ({@link LoggedSecurityEvents}); a service with an outbox also sends it to org-service
 * ({@link OutboxSecurityEvents}), which stores its own and those, where a system administrator lists and filters them
 * ({@code GET /api/audit/security-events}).
 */
public interface SecurityEvents {

    /** Records the event; never fails the caller's request (a lost event is logged, not thrown). */
    void record(SecurityEvent event);
}
