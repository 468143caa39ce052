package com.gongxuhui.common.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;

/**
 * A real RocketMQ consumer that records every message of a topic, for tests that count deliveries. It
 * makes sure the topic exists before it subscribes (a consumer of a missing topic waits long for its route).
 */
public class TopicObserver implements AutoCloseable {

    private final DefaultMQPushConsumer consumer;
    private final List<MessageExt> received = new CopyOnWriteArrayList<>();

    public TopicObserver(String nameServer, String topic) throws MQClientException {
        ensureTopic(nameServer, topic);
        consumer = new DefaultMQPushConsumer("observer-" + UUID.randomUUID().toString().substring(0, 8));
        consumer.setNamesrvAddr(nameServer);
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setPollNameServerInterval(1000);
        consumer.subscribe(topic, "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            received.addAll(messages);
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
    }

    public long countWithKey(String key) {
        return received.stream().filter(m -> key.equals(m.getKeys())).count();
    }

    public String bodyWithKey(String key) {
        return received.stream().filter(m -> key.equals(m.getKeys())).findFirst()
                .map(m -> new String(m.getBody(), StandardCharsets.UTF_8)).orElse(null);
    }

    /**
     * Creates this run's topics (the prefix plus each name) on the tests' broker before a service's consumers start:
     * a consumer subscribed to a topic that does not exist yet only finds it at a later rebalance, up to 20 s on,
     * and longer on a loaded machine.
     */
    public static void ensureTopics(String prefix, String... topics) {
        String nameServer = System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876");
        try {
            for (String topic : topics) {
                ensureTopic(nameServer, prefix + topic);
            }
        } catch (MQClientException e) {
            throw new IllegalStateException("RocketMQ at " + nameServer + " is needed by the tests", e);
        }
    }

    public static void ensureTopic(String nameServer, String topic) throws MQClientException {
        DefaultMQProducer producer = new DefaultMQProducer("observer-warmup-" + UUID.randomUUID().toString().substring(0, 8));
        producer.setNamesrvAddr(nameServer);
        // a loaded machine answers slowly: wait longer than the client's 3 s, and try a few times
        producer.setSendMsgTimeout(15_000);
        producer.start();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    producer.send(new Message(topic, "Warmup", UUID.randomUUID().toString(), new byte[] {'{', '}'}));
                    return;
                } catch (Exception e) {
                    if (attempt == 3) {
                        throw new IllegalStateException("RocketMQ at " + nameServer + " is needed by this test", e);
                    }
                }
            }
        } finally {
            producer.shutdown();
        }
    }

    @Override
    public void close() {
        consumer.shutdown();
    }
}
