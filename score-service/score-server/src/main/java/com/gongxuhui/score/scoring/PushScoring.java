package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.score.rule.RuleCode;
import com.gongxuhui.score.tally.Award;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A demand pushed to an expert (once per demand-expert pair): points for the pusher. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "DemandPushedToExpert",
        consumerGroup = "${gxh.events.topic-prefix}score-service-demand-pushed")
class PushScoring extends IntegrationEventListener<DemandPushedToExpert> {

    private final Tally tally;

    PushScoring(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(DemandPushedToExpert.class, "score-demand-pushed", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(DemandPushedToExpert event) {
        tally.record(event,
                List.of(new Award(RuleCode.DEMAND_PUSHED_TO_EXPERT, event.pushedBy(), event.coordinates(), event.demandId())),
                List.of());
    }
}
