package com.gongxuhui.common.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.apache.rocketmq.spring.autoconfigure.RocketMQAutoConfiguration;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.apache.rocketmq.spring.support.DefaultRocketMQListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox (publisher and relay), the idempotent consumers and their dead letters, in every service. */
@AutoConfiguration(after = RocketMQAutoConfiguration.class)
@EnableConfigurationProperties({OutboxProperties.class, ConsumerProperties.class})
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventJson eventJson(ObjectMapper objectMapper) {
        return new EventJson(objectMapper);
    }

    @Bean
    @ConditionalOnProperty("gxh.outbox.topic")
    OutboxPublisher outboxPublisher(JdbcTemplate jdbc, EventJson json, OutboxProperties properties) {
        return new OutboxPublisher(jdbc, json, properties.getTopic());
    }

    @Bean
    @ConditionalOnProperty("gxh.outbox.topic")
    @ConditionalOnBean(RocketMQTemplate.class)
    OutboxRelay outboxRelay(JdbcTemplate jdbc, RocketMQTemplate rocketMQTemplate, StringRedisTemplate redis,
            OutboxProperties properties, Clock clock) {
        // one relay per outbox topic: the topic carries the environment's prefix, so test runs sharing a Redis
        // do not wait for each other's relay
        RelayLease lease = new RelayLease(redis, properties.getTopic(), properties.getLeaseTtl());
        return new OutboxRelay(jdbc, rocketMQTemplate.getProducer(), lease, properties, clock);
    }

    @Bean
    ParkedOutbox parkedOutbox(JdbcTemplate jdbc, Clock clock) {
        return new ParkedOutbox(jdbc, clock);
    }

    @Bean
    DeadLetters deadLetters(JdbcTemplate jdbc, Clock clock, ObjectProvider<MeterRegistry> meters,
            ConsumerProperties properties, ObjectProvider<EventConsumer> consumers) {
        return new DeadLetters(jdbc, clock, meters.getIfAvailable(SimpleMeterRegistry::new), properties, consumers);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactionTemplate, Clock clock,
            ObjectProvider<MeterRegistry> meters, DeadLetters deadLetters, ConsumerProperties properties) {
        return new IdempotentConsumer(jdbc, transactionTemplate, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new), deadLetters, properties.getLockAttempts());
    }

    @Bean
    ConsumedEventPurge consumedEventPurge(JdbcTemplate jdbc, ConsumerProperties properties, Clock clock) {
        return new ConsumedEventPurge(jdbc, properties, clock);
    }

    @Bean
    EventMetrics eventMetrics(ParkedOutbox outbox, DeadLetters deadLetters) {
        return new EventMetrics(outbox, deadLetters);
    }

    @Bean
    @ConditionalOnWebApplication
    EventOpsController eventOpsController(ParkedOutbox outbox, DeadLetters deadLetters) {
        return new EventOpsController(outbox, deadLetters);
    }

    /**
     * The broker's wait before a failed event comes back: with {@code gxh.events.consumer.retry-delay-level} set
     * (tests: 1 = one second) every listener container asks for that level instead of the broker's growing schedule.
     * Static and reading the environment itself, as a post-processor is created before configuration properties.
     */
    @Bean
    static BeanPostProcessor consumerRetryDelay(Environment environment) {
        int level = Binder.get(environment).bind("gxh.events.consumer.retry-delay-level", Integer.class).orElse(0);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (level > 0 && bean instanceof DefaultRocketMQListenerContainer container) {
                    container.setDelayLevelWhenNextConsume(level);
                }
                return bean;
            }
        };
    }
}
