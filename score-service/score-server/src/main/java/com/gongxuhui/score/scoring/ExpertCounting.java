package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.expert.api.ExpertTopics;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** One more expert maintained by the institution, counted where its administrator works. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + ExpertTopics.EVENTS, selectorExpression = "ExpertCreated",
        consumerGroup = "${gxh.events.topic-prefix}score-service-expert-created")
class ExpertCounting extends IntegrationEventListener<ExpertCreated> {

    private final Tally tally;

    ExpertCounting(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(ExpertCreated.class, "score-expert-created", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(ExpertCreated event) {
        tally.record(event, List.of(), List.of(new Count(Measure.EXPERTS, 1, null,
                new OrgCoordinates(event.institutionId(), null, event.coordinates().regionCode()))));
    }
}
