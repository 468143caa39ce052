package com.gongxuhui.notify.reaction;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.demand.api.DemandAccepted;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.api.DemandDockedByExpert;
import com.gongxuhui.demand.api.DemandPublished;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.demand.api.DemandReassigned;
import com.gongxuhui.demand.api.DemandRejected;
import com.gongxuhui.demand.api.DemandSubmitted;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.demand.api.DockingCancelled;
import com.gongxuhui.notify.digest.ApprovedDemands;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Demands from demand-service: the reactions to each step, and the approved demands the digest offers. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + DemandTopics.EVENTS,
        selectorExpression = "DemandSubmitted || DemandApproved || DemandRejected || DemandReassigned || "
                + "DemandPublished || DemandAccepted || DemandCompleted || DemandDockedByExpert || DockingCancelled || "
                + "DemandPushedToExpert",
        consumerGroup = "${gxh.events.topic-prefix}notify-service-demand-events")
class DemandEventsListener extends TopicListener {

    DemandEventsListener(EventJson json, IdempotentConsumer idempotentConsumer, DemandReactions reactions,
            ApprovedDemands approvedDemands) {
        super("demand-events", json, idempotentConsumer);
        on(DemandSubmitted.class, reactions::submitted);
        on(DemandApproved.class, event -> {
            approvedDemands.record(event);
            reactions.approved(event);
        });
        on(DemandRejected.class, reactions::rejected);
        on(DemandReassigned.class, reactions::reassigned);
        on(DemandPublished.class, reactions::published);
        on(DemandAccepted.class, reactions::accepted);
        on(DemandCompleted.class, reactions::completed);
        on(DemandDockedByExpert.class, reactions::docked);
        on(DockingCancelled.class, reactions::dockingCancelled);
        on(DemandPushedToExpert.class, reactions::pushed);
    }
}
