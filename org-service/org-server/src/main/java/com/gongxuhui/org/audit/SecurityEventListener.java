package com.gongxuhui.org.audit;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.common.security.SecurityEventRecorded;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Stores a security event another service recorded ({@link SecurityEventRecorded}, on the topic every service's
 * security events share) in the system administrator's list, once however often the broker delivers it; the event
 * names its service. org-service records its own directly ({@link StoredSecurityEvents}).
 */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + SecurityEventRecorded.TOPIC,
        selectorExpression = "SecurityEventRecorded", consumerGroup = "${gxh.events.topic-prefix}org-service-security-events")
class SecurityEventListener extends IntegrationEventListener<SecurityEventRecorded> {

    private final StoredSecurityEvents stored;

    SecurityEventListener(EventJson json, IdempotentConsumer idempotentConsumer, StoredSecurityEvents stored) {
        super(SecurityEventRecorded.class, "security-events", json, idempotentConsumer);
        this.stored = stored;
    }

    @Override
    protected void handle(SecurityEventRecorded event) {
        stored.store(event.event());
    }
}
