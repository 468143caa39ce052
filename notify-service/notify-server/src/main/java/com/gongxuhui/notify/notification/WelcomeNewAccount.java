package com.gongxuhui.notify.notification;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEventListener;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.OrgTopics;
import java.util.Locale;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Greets every new account in its inbox. (The DingTalk invitation joins it with the notification issue.) */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + OrgTopics.EVENTS, selectorExpression = "AccountCreated",
        consumerGroup = "${gxh.events.topic-prefix}notify-service-welcome")
class WelcomeNewAccount extends IntegrationEventListener<AccountCreated> {

    private final Inbox inbox;
    private final MessageSource messages;

    WelcomeNewAccount(EventJson json, IdempotentConsumer idempotentConsumer, Inbox inbox, MessageSource messages) {
        super(AccountCreated.class, "welcome-new-account", json, idempotentConsumer);
        this.inbox = inbox;
        this.messages = messages;
    }

    @Override
    protected void handle(AccountCreated event) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        inbox.deliver(event.accountId(), NotificationKind.WELCOME,
                messages.getMessage("notification.welcome.title", null, chinese),
                messages.getMessage("notification.welcome.body", new Object[] {event.name(), event.phone()}, chinese),
                event.eventId().toString());
    }
}
