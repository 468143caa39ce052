package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.org.api.InstitutionRegistered;
import com.gongxuhui.org.api.OrgTopics;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Keeps an institution's name for the monitoring views. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS,
        selectorExpression = "InstitutionRegistered",
        consumerGroup = "${gxh.events.topic-prefix}score-service-institution-registered")
class InstitutionNamed extends IntegrationEventListener<InstitutionRegistered> {

    private final Organisation organisation;

    InstitutionNamed(EventJson json, IdempotentConsumer idempotentConsumer, Organisation organisation) {
        super(InstitutionRegistered.class, "score-institution-registered", json, idempotentConsumer);
        this.organisation = organisation;
    }

    @Override
    protected void handle(InstitutionRegistered event) {
        organisation.saveInstitution(event.institutionId(), event.name(), event.regionCode());
    }
}
