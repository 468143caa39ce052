package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.FollowUpRecorded;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A follow-up recorded as a visit counts as an enterprise visited (走访企业) for its author; other follow-ups count for nothing. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "FollowUpRecorded",
        consumerGroup = "${gxh.events.topic-prefix}score-service-follow-up-recorded")
class VisitCounting extends IntegrationEventListener<FollowUpRecorded> {

    private final Tally tally;

    VisitCounting(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(FollowUpRecorded.class, "score-follow-up-recorded", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(FollowUpRecorded event) {
        if (event.visit()) {
            tally.record(event, List.of(), List.of(new Count(Measure.VISITS, 1, event.authorId(), event.coordinates())));
        }
    }
}
