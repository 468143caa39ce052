package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.score.rule.RuleCode;
import com.gongxuhui.score.tally.Award;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A registered cooperation project: a deal for the institution and centre, a project and points for the handling broker. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "DemandCompleted",
        consumerGroup = "${gxh.events.topic-prefix}score-service-demand-completed")
class CompletionScoring extends IntegrationEventListener<DemandCompleted> {

    private final Tally tally;

    CompletionScoring(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(DemandCompleted.class, "score-demand-completed", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(DemandCompleted event) {
        tally.record(event,
                List.of(new Award(RuleCode.DEMAND_COMPLETED, event.handlerId(), event.coordinates(), event.demandId())),
                List.of(new Count(Measure.DEALS, 1, event.handlerId(), event.coordinates())));
    }
}
