package com.gongxuhui.enterprise.enterprise;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.demand.api.EnterpriseEngaged;
import java.util.Objects;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An institution that accepts one of the enterprise's demands works with the enterprise from then on (domain.md,
 * Enterprises): its people may see and edit it ({@link EnterpriseAccess}). The link is this service's own rule,
 * not the event's say-so: only an institution that works with the enterprise can hand it on, so that naming an
 * enterprise id somewhere never links a stranger to it.
 */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "EnterpriseEngaged",
        consumerGroup = "${gxh.events.topic-prefix}enterprise-service-engagements")
class DemandEngagementListener extends IntegrationEventListener<EnterpriseEngaged> {

    private static final Logger log = LoggerFactory.getLogger(DemandEngagementListener.class);

    private final EnterpriseMapper enterprises;
    private final EnterpriseLinkMapper links;

    DemandEngagementListener(EventJson json, IdempotentConsumer idempotentConsumer, EnterpriseMapper enterprises,
            EnterpriseLinkMapper links) {
        super(EnterpriseEngaged.class, "demand-engagements", json, idempotentConsumer);
        this.enterprises = enterprises;
        this.links = links;
    }

    @Override
    protected void handle(EnterpriseEngaged event) {
        Enterprise enterprise = enterprises.selectById(event.enterpriseId());
        if (enterprise == null || worksWith(enterprise, event.institutionId())) {
            return;
        }
        if (!worksWith(enterprise, event.fromInstitutionId())) {
            log.warn("Refused to link institution {} to enterprise {}: institution {} handing demand {} over does not "
                    + "work with it", event.institutionId(), enterprise.getId(), event.fromInstitutionId(),
                    event.demandId());
            return;
        }
        links.link(event.enterpriseId(), event.institutionId(), event.occurredAt());
    }

    private boolean worksWith(Enterprise enterprise, long institutionId) {
        return Objects.equals(enterprise.getCreatorInstitutionId(), institutionId) || links.linked(enterprise.getId(), institutionId);
    }
}
