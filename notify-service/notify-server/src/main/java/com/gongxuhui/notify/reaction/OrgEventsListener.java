package com.gongxuhui.notify.reaction;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.notify.directory.Accounts;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.AccountDisabled;
import com.gongxuhui.org.api.OrgTopics;
import com.gongxuhui.org.api.StaffMoved;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Accounts from org-service: the read model of who is who, and the welcome of each new account. */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS,
        selectorExpression = "AccountCreated || StaffMoved || AccountDisabled",
        consumerGroup = "${gxh.events.topic-prefix}notify-service-org-events")
class OrgEventsListener extends TopicListener {

    OrgEventsListener(EventJson json, IdempotentConsumer idempotentConsumer, Accounts accounts,
            WelcomeNewAccount welcome) {
        super("org-events", json, idempotentConsumer);
        on(AccountCreated.class, event -> {
            accounts.created(event);
            welcome.greet(event);
        });
        on(StaffMoved.class, accounts::moved);
        on(AccountDisabled.class, accounts::disabled);
    }
}
