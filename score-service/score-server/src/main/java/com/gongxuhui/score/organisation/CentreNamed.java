package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.org.api.CentreCreated;
import com.gongxuhui.org.api.OrgTopics;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Keeps a local centre's name and institution for the monitoring views. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS, selectorExpression = "CentreCreated",
        consumerGroup = "${gxh.events.topic-prefix}score-service-centre-created")
class CentreNamed extends IntegrationEventListener<CentreCreated> {

    private final Organisation organisation;

    CentreNamed(EventJson json, IdempotentConsumer idempotentConsumer, Organisation organisation) {
        super(CentreCreated.class, "score-centre-created", json, idempotentConsumer);
        this.organisation = organisation;
    }

    @Override
    protected void handle(CentreCreated event) {
        organisation.saveCentre(event.centreId(), event.institutionId(), event.name(), event.regionCode());
    }
}
