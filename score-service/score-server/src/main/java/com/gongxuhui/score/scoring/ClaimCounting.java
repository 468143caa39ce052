package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandClaimed;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * A demand claimed (揭榜) from the pool docks at the claiming institution, as an accepted one does. No rule awards
 * points for it: nobody of the institution mined it.
 */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "DemandClaimed",
        consumerGroup = "${gxh.events.topic-prefix}score-service-demand-claimed")
class ClaimCounting extends IntegrationEventListener<DemandClaimed> {

    private final Tally tally;

    ClaimCounting(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(DemandClaimed.class, "score-demand-claimed", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(DemandClaimed event) {
        tally.record(event, List.of(), List.of(new Count(Measure.DEMANDS_DOCKED, 1, null, event.coordinates())));
    }
}
