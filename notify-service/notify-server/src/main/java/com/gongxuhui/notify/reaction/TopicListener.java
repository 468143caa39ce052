package com.gongxuhui.notify.reaction;

import com.gongxuhui.common.event.EventConsumer;
import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.IntegrationEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.apache.rocketmq.spring.core.RocketMQPushConsumerLifecycleListener;

/**
 * One consumer per producing service's topic, dispatching on the tag (= the event type) to the reaction
 * registered for it; each event applied at most once ({@link IdempotentConsumer}), the read model and the
 * messages it causes in one transaction; an event that keeps failing is parked for the operator (common-lib's
 * {@code DeadLetters}) while the topic's other events go on. One consumer group per topic rather than per event type: a dozen push
 * consumers per service would cost a dozen thread pools for no gain. Tags nobody registered are ignored.
 */
abstract class TopicListener implements RocketMQListener<MessageExt>, RocketMQPushConsumerLifecycleListener,
        EventConsumer {

    private record Route<E extends IntegrationEvent>(Class<E> type, Consumer<E> reaction) {
    }

    private final String consumerName;
    private final EventJson json;
    private final IdempotentConsumer idempotentConsumer;
    private final Map<String, Route<?>> routes = new HashMap<>();

    TopicListener(String consumerName, EventJson json, IdempotentConsumer idempotentConsumer) {
        this.consumerName = consumerName;
        this.json = json;
        this.idempotentConsumer = idempotentConsumer;
    }

    protected <E extends IntegrationEvent> void on(Class<E> type, Consumer<E> reaction) {
        routes.put(type.getSimpleName(), new Route<>(type, reaction));
    }

    @Override
    public void onMessage(MessageExt message) {
        idempotentConsumer.deliver(this, message);
    }

    @Override
    public void apply(String tag, byte[] body) {
        Route<?> route = routes.get(tag);
        if (route != null) {
            apply(route, body);
        }
    }

    @Override
    public String consumerName() {
        return consumerName;
    }

    private <E extends IntegrationEvent> void apply(Route<E> route, byte[] body) {
        E event = json.read(body, route.type());
        idempotentConsumer.handleOnce(consumerName, event, () -> route.reaction().accept(event));
    }

    /** Looks a new topic's route up every 3 s instead of 30 (see IntegrationEventListener). */
    @Override
    public void prepareStart(DefaultMQPushConsumer consumer) {
        consumer.setPollNameServerInterval(3000);
    }
}
