package com.gongxuhui.common.event;

import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.apache.rocketmq.spring.core.RocketMQPushConsumerLifecycleListener;

/**
 * Base of every event consumer: reads the event, and applies {@link #handle} at most once per event id for
 * this consumer (see {@link IdempotentConsumer}). A failure makes the broker redeliver later, until the event
 * is parked ({@link DeadLetters}). Subclasses carry {@code @RocketMQMessageListener} with their topic, tag and
 * consumer group.
 */
public abstract class IntegrationEventListener<E extends IntegrationEvent>
        implements RocketMQListener<MessageExt>, RocketMQPushConsumerLifecycleListener, EventConsumer {

    private final Class<E> type;
    private final String consumerName;
    private final EventJson json;
    private final IdempotentConsumer idempotentConsumer;

    protected IntegrationEventListener(Class<E> type, String consumerName, EventJson json,
            IdempotentConsumer idempotentConsumer) {
        this.type = type;
        this.consumerName = consumerName;
        this.json = json;
        this.idempotentConsumer = idempotentConsumer;
    }

    @Override
    public void onMessage(MessageExt message) {
        idempotentConsumer.deliver(this, message);
    }

    @Override
    public void apply(String tag, byte[] body) {
        E event = json.read(body, type);
        idempotentConsumer.handleOnce(consumerName, event, () -> handle(event));
    }

    @Override
    public String consumerName() {
        return consumerName;
    }

    protected abstract void handle(E event);

    /**
     * Looks up a new topic's route every few seconds instead of every 30: a consumer that starts before its
     * producer's first event otherwise waits half a minute for it.
     */
    @Override
    public void prepareStart(DefaultMQPushConsumer consumer) {
        consumer.setPollNameServerInterval(3000);
    }
}
