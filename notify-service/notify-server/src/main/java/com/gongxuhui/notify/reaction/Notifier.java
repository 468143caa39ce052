package com.gongxuhui.notify.reaction;

import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Deliveries;
import com.gongxuhui.notify.delivery.OutgoingMessage;
import com.gongxuhui.notify.delivery.RecipientKind;
import com.gongxuhui.notify.directory.KnownAccount;
import com.gongxuhui.notify.notification.Inbox;
import com.gongxuhui.notify.notification.NotificationKind;
import com.gongxuhui.notify.notification.NotificationTexts;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells the platform's people (staff and administrators) about an event: an entry in the in-app inbox and a
 * DingTalk work notification to their phone. Each person is told once per event, even if he is
 * concerned twice (the broker who is also his institution's administrator).
 */
@Component
class Notifier {

    private final Inbox inbox;
    private final Deliveries deliveries;
    private final NotificationTexts texts;

    Notifier(Inbox inbox, Deliveries deliveries, NotificationTexts texts) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.texts = texts;
    }

    void tell(Collection<KnownAccount> people, IntegrationEvent cause, NotificationKind kind, Long demandId,
            Object... arguments) {
        Map<Long, KnownAccount> once = new LinkedHashMap<>();
        people.forEach(person -> once.putIfAbsent(person.accountId(), person));
        String title = texts.title(kind, arguments);
        String body = texts.body(kind, arguments);
        once.values().forEach(person -> inbox.deliver(person.accountId(), kind, title, body, cause.eventId().toString()));
        deliveries.enqueue(once.values().stream().map(person -> new OutgoingMessage(cause.eventId().toString(),
                RecipientKind.ACCOUNT, person.accountId(), ChannelType.DINGTALK, kind, person.phone(), title, body,
                demandId, null)).toList());
    }

}
