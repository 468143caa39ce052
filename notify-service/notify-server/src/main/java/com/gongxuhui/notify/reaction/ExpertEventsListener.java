package com.gongxuhui.notify.reaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.expert.api.ExpertFollowed;
import com.gongxuhui.expert.api.ExpertSubscribed;
import com.gongxuhui.expert.api.ExpertTopics;
import com.gongxuhui.notify.delivery.ChannelType;
import com.gongxuhui.notify.delivery.Deliveries;
import com.gongxuhui.notify.delivery.OutgoingMessage;
import com.gongxuhui.notify.delivery.RecipientKind;
import com.gongxuhui.notify.directory.Experts;
import com.gongxuhui.notify.notification.NotificationKind;
import com.gongxuhui.notify.notification.NotificationTexts;
import java.util.List;
import java.util.Map;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Experts from expert-service: the read model (phone, openid and following, subscriptions) and the SMS that
 * invites a new expert to follow the official account (its template's one parameter is his name).
 */
@Component
@RocketMQMessageListener(topic = "${gxh.events.topic-prefix}" + ExpertTopics.EVENTS,
        selectorExpression = "ExpertCreated || ExpertFollowed || ExpertSubscribed",
        consumerGroup = "${gxh.events.topic-prefix}notify-service-expert-events")
class ExpertEventsListener extends TopicListener {

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final ObjectMapper json;

    ExpertEventsListener(EventJson events, IdempotentConsumer idempotentConsumer, Experts experts,
            Deliveries deliveries, NotificationTexts texts, ObjectMapper json) {
        super("expert-events", events, idempotentConsumer);
        this.deliveries = deliveries;
        this.texts = texts;
        this.json = json;
        on(ExpertCreated.class, event -> {
            experts.created(event);
            invite(event);
        });
        on(ExpertFollowed.class, experts::followed);
        on(ExpertSubscribed.class, experts::subscribed);
    }

    private void invite(ExpertCreated event) {
        String templateParameters;
        try {
            templateParameters = json.writeValueAsString(Map.of("name", event.name()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A name that cannot be written as JSON", e);
        }
        deliveries.enqueue(List.of(new OutgoingMessage(event.eventId().toString(), RecipientKind.EXPERT,
                event.expertId(), ChannelType.SMS, NotificationKind.FOLLOW_INVITATION, event.phone(),
                texts.title(NotificationKind.FOLLOW_INVITATION), templateParameters, null, null)));
    }
}
