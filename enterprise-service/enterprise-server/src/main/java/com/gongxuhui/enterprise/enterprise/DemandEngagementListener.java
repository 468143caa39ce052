package com.gongxuhui.enterprise.enterprise;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.demand.api.EnterpriseEngaged;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * An institution that takes up one of the enterprise's demands works with the enterprise from then on
 * (domain.md, Enterprises): its people may see and edit it ({@link EnterpriseAccess}).
 */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "EnterpriseEngaged",
        consumerGroup = "${gxh.events.topic-prefix}enterprise-service-engagements")
class DemandEngagementListener extends IntegrationEventListener<EnterpriseEngaged> {

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
        if (enterprise == null || enterprise.getCreatorInstitutionId() == event.institutionId()
                || links.linked(event.enterpriseId(), event.institutionId())) {
            return;
        }
        links.link(event.enterpriseId(), event.institutionId(), event.occurredAt());
    }
}
