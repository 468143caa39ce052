package com.gongxuhui.score.organisation;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.OrgTopics;
import com.gongxuhui.score.tally.Count;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.Tally;
import java.util.List;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** A new staff member or centre administrator: one more broker at his institution and centre. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS, selectorExpression = "AccountCreated",
        consumerGroup = "${gxh.events.topic-prefix}score-service-staff-joined")
class StaffJoined extends IntegrationEventListener<AccountCreated> {

    private final Organisation organisation;
    private final Tally tally;

    StaffJoined(EventJson json, IdempotentConsumer idempotentConsumer, Organisation organisation, Tally tally) {
        super(AccountCreated.class, "score-staff-joined", json, idempotentConsumer);
        this.organisation = organisation;
        this.tally = tally;
    }

    @Override
    protected void handle(AccountCreated event) {
        if (!event.roles().contains(Role.STAFF) && !event.roles().contains(Role.CENTER_ADMIN)) {
            return;
        }
        organisation.staffJoined(event.accountId(), event.name(), event.coordinates());
        tally.record(event, List.of(), List.of(new Count(Measure.STAFF, 1, null, event.coordinates())));
    }
}
