package com.gongxuhui.score.scoring;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.score.rule.RuleCode;
import com.gongxuhui.score.tally.Award;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** An approved demand: mined by its submitter, who earns the approval points, and docking at its institution. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS, selectorExpression = "DemandApproved",
        consumerGroup = "${gxh.events.topic-prefix}score-service-demand-approved")
class ApprovalScoring extends IntegrationEventListener<DemandApproved> {

    private final Tally tally;

    ApprovalScoring(EventJson json, IdempotentConsumer idempotentConsumer, Tally tally) {
        super(DemandApproved.class, "score-demand-approved", json, idempotentConsumer);
        this.tally = tally;
    }

    @Override
    protected void handle(DemandApproved event) {
        tally.record(event,
                List.of(new Award(RuleCode.DEMAND_APPROVED, event.submitterId(), event.coordinates(), event.demandId())),
                List.of(new Count(Measure.DEMANDS_MINED, 1, event.submitterId(), event.coordinates()),
                        new Count(Measure.DEMANDS_DOCKED, 1, event.handlerId(), event.coordinates())));
    }
}
