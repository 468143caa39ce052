package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandAccepted;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A demand accepted from another institution docks at the accepting one (its broker is assigned later). */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "DemandAccepted",
        consumerGroup = "${gxh.events.topic-prefix}score-service-demand-accepted")
class AcceptanceScoring extends IntegrationEventListener<DemandAccepted> {

    private final Tally tally;

    AcceptanceScoring(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(DemandAccepted.class, "score-demand-accepted", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(DemandAccepted event) {
        tally.record(event, List.of(), List.of(new Count(Measure.DEMANDS_DOCKED, 1, null, event.coordinates())));
    }
}
