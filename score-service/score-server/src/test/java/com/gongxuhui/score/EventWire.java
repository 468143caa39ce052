package com.gongxuhui.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.expert.api.ExpertTopics;
import com.gongxuhui.org.api.OrgTopics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;

/**
 * Sends events to the real broker exactly as the producing service's outbox relay does: its topic (with this
 * run's prefix), tag = event type, key = event id, the record as JSON, user property {@code eventId}.
 */
public class EventWire {

    private final DefaultMQProducer producer;
    private final EventJson json;
    private final String topicPrefix;

    public EventWire(DefaultMQProducer producer, EventJson json, String topicPrefix) {
        this.producer = producer;
        this.json = json;
        this.topicPrefix = topicPrefix;
    }

    public void send(IntegrationEvent event) {
        Message message = new Message(topicPrefix + topicOf(event), event.eventType(), event.eventId().toString(),
                json.write(event).getBytes(StandardCharsets.UTF_8));
        message.putUserProperty("eventId", event.eventId().toString());
        try {
            assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
        } catch (Exception e) {
            throw new IllegalStateException("RocketMQ is needed by this test", e);
        }
    }

    public void sendAll(List<? extends IntegrationEvent> events) {
        events.forEach(this::send);
    }

    private static String topicOf(IntegrationEvent event) {
        String producingPackage = event.getClass().getPackageName();
        if (producingPackage.startsWith("com.gongxuhui.org.")) {
            return OrgTopics.EVENTS;
        }
        return event instanceof ExpertCreated ? ExpertTopics.EVENTS : DemandTopics.EVENTS;
    }
}
