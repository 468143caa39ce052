package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.org.api.OrgTopics;
import com.gongxuhui.org.api.StaffMoved;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A broker moved centre: one staff fewer where he was, one more where he is; his ledger follows him. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS, selectorExpression = "StaffMoved",
        consumerGroup = "${gxh.events.topic-prefix}score-service-staff-moved")
class StaffTransferred extends IntegrationEventListener<StaffMoved> {

    private final Organisation organisation;
    private final Tally tally;

    StaffTransferred(EventJson json, IdempotentConsumer idempotentConsumer, Organisation organisation, Tally tally) {
        super(StaffMoved.class, "score-staff-moved", json, idempotentConsumer);
        this.organisation = organisation;
        this.tally = tally;
    }

    @Override
    protected void handle(StaffMoved event) {
        Long institution = event.coordinates().institutionId();
        OrgCoordinates to = new OrgCoordinates(institution, event.toCentreId(), event.toRegionCode());
        OrgCoordinates from = new OrgCoordinates(institution, event.fromCentreId(), event.fromRegionCode());
        organisation.staffMoved(event.accountId(), to);
        tally.record(event, List.of(), List.of(new Count(Measure.STAFF, -1, null, from),
                new Count(Measure.STAFF, 1, null, to)));
    }
}
