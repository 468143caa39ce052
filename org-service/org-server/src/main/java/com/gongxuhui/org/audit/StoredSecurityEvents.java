package com.gongxuhui.org.audit;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.security.LoggedSecurityEvents;
import com.gongxuhui.common.security.SecurityEvent;
import com.gongxuhui.common.security.SecurityEvents;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * org-service's security events: logged as in every service and stored, in a transaction of their own, because
 * the request that caused one (a refused login) usually fails and rolls its own back.
 */
@Component
public class StoredSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(StoredSecurityEvents.class);

    private final SecurityEventRowMapper rows;
    private final LoggedSecurityEvents logged;

    StoredSecurityEvents(SecurityEventRowMapper rows, ObjectMapper objectMapper) {
        this.rows = rows;
        this.logged = new LoggedSecurityEvents(objectMapper);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent event) {
        logged.record(event);
        try {
            rows.insert(SecurityEventRow.of(event));
        } catch (RuntimeException e) {
            // the log line above keeps the event; the caller's answer must not depend on this insert
            log.error("Could not store the security event {}", event, e);
        }
    }

    /**
     * Another service's event ({@link SecurityEventListener}), in the consumer's transaction: a failure is thrown, so
     * that the broker delivers the event again.
     */
    void store(SecurityEvent event) {
        rows.insert(SecurityEventRow.of(event));
    }

    /** Newest first; every filter is optional. */
    public PageView<SecurityEventView> list(SecurityEvent.Kind kind, String subject, String clientAddress,
            Instant from, Instant to, PageQuery page) {
        var query = Wrappers.<SecurityEventRow>lambdaQuery()
                .eq(kind != null, SecurityEventRow::getKind, kind)
                .eq(subject != null, SecurityEventRow::getSubject, subject)
                .eq(clientAddress != null, SecurityEventRow::getClientAddress, clientAddress)
                .ge(from != null, SecurityEventRow::getOccurredAt, from)
                .lt(to != null, SecurityEventRow::getOccurredAt, to)
                .orderByDesc(SecurityEventRow::getId);
        return PageView.of(rows.selectPage(page.toPage(), query), SecurityEventRow::view);
    }
}
