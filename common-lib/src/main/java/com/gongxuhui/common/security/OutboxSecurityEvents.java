package com.gongxuhui.common.security;

import com.gongxuhui.common.event.OutboxPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The security events of a service with an outbox (every one but org-service, which stores its own): logged as
 * everywhere, and carried to org-service's list by a {@link SecurityEventRecorded} of the service's outbox, on the
 * topic all services' security events share (so org-service has one consumer for them, whoever sends more). The
 * outbox row is written in a transaction of its own, because the request that caused the event usually fails and
 * rolls its own back.
 */
public class OutboxSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(OutboxSecurityEvents.class);

    private final LoggedSecurityEvents logged;
    private final OutboxPublisher outbox;
    private final String topic;
    private final TransactionTemplate ownTransaction;

    /** {@code topicPrefix}: the environment's ({@code gxh.events.topic-prefix}). */
    public OutboxSecurityEvents(LoggedSecurityEvents logged, OutboxPublisher outbox, String topicPrefix,
            PlatformTransactionManager transactions) {
        this.logged = logged;
        this.outbox = outbox;
        this.topic = topicPrefix + SecurityEventRecorded.TOPIC;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(SecurityEvent event) {
        logged.record(event);
        try {
            ownTransaction.executeWithoutResult(status -> outbox.publishOn(topic, SecurityEventRecorded.of(event)));
        } catch (RuntimeException e) {
            // the log line above keeps the event; the caller's answer must not depend on this insert
            log.error("Could not carry the security event {} to org-service", event, e);
        }
    }
}
