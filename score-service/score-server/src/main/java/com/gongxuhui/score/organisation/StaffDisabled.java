package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.org.api.AccountDisabled;
import com.gongxuhui.org.api.OrgTopics;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A disabled broker no longer counts as staff where he worked; his points stay in the ledger. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS, selectorExpression = "AccountDisabled",
        consumerGroup = "${gxh.events.topic-prefix}score-service-staff-disabled")
class StaffDisabled extends IntegrationEventListener<AccountDisabled> {

    private final Organisation organisation;
    private final Tally tally;

    StaffDisabled(EventJson json, IdempotentConsumer idempotentConsumer, Organisation organisation, Tally tally) {
        super(AccountDisabled.class, "score-staff-disabled", json, idempotentConsumer);
        this.organisation = organisation;
        this.tally = tally;
    }

    @Override
    protected void handle(AccountDisabled event) {
        organisation.staff(event.accountId()).filter(staff -> organisation.staffDisabled(staff.accountId()))
                .ifPresent(staff -> tally.record(event, List.of(),
                        List.of(new Count(Measure.STAFF, -1, null, staff.coordinates()))));
    }
}
