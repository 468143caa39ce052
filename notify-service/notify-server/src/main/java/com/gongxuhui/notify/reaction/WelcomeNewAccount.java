package com.gongxuhui.notify.reaction;

import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Deliveries;
import com.gongxuhui.notify.delivery.OutgoingMessage;
import com.gongxuhui.notify.delivery.RecipientKind;
import com.gongxuhui.notify.notification.Inbox;
import com.gongxuhui.notify.notification.NotificationKind;
import com.gongxuhui.notify.notification.NotificationTexts;
import com.gongxuhui.org.api.AccountCreated;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Greets every new account: a welcome in its inbox, and the DingTalk work notification inviting the person into
 * the platform's DingTalk organisation (浙江省科技服务机构).
 */
@Component
class WelcomeNewAccount {

    private final Inbox inbox;
    private final Deliveries deliveries;
    private final NotificationTexts texts;

    WelcomeNewAccount(Inbox inbox, Deliveries deliveries, NotificationTexts texts) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.texts = texts;
    }

    void greet(AccountCreated event) {
        inbox.deliver(event.accountId(), NotificationKind.WELCOME,
                texts.title(NotificationKind.WELCOME),
                texts.body(NotificationKind.WELCOME, event.name(), event.phone()),
                event.eventId().toString());
        deliveries.enqueue(List.of(new OutgoingMessage(event.eventId().toString(), RecipientKind.ACCOUNT,
                event.accountId(), ChannelType.DINGTALK, NotificationKind.DINGTALK_INVITATION, event.phone(),
                texts.title(NotificationKind.DINGTALK_INVITATION),
                texts.body(NotificationKind.DINGTALK_INVITATION, event.name()),
                null, null)));
    }
}
