package com.gongxuhui.demand.push;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.notify.api.NotifyTopics;
import com.gongxuhui.notify.api.PushDeliveryReported;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Shows on the push record what notify-service reported of its WeChat message. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + NotifyTopics.EVENTS,
        selectorExpression = "PushDeliveryReported", consumerGroup = "${gxh.events.topic-prefix}demand-service-push-delivery")
class PushDeliveryListener extends IntegrationEventListener<PushDeliveryReported> {

    private final ExpertPushMapper pushes;

    PushDeliveryListener(EventJson json, IdempotentConsumer idempotentConsumer, ExpertPushMapper pushes) {
        super(PushDeliveryReported.class, "push-delivery", json, idempotentConsumer);
        this.pushes = pushes;
    }

    @Override
    protected void handle(PushDeliveryReported report) {
        pushes.recordDelivery(report.pushId(), report.demandId(),
                report.delivered() ? PushDelivery.DELIVERED : PushDelivery.UNDELIVERED, report.reason(),
                report.occurredAt());
    }
}
