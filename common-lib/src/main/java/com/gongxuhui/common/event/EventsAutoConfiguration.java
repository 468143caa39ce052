package com.gongxuhui.common.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.apache.rocketmq.spring.autoconfigure.RocketMQAutoConfiguration;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox (publisher and relay) and the idempotent-consumer support of every service. */
@AutoConfiguration(after = RocketMQAutoConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
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
        RelayLease lease = new RelayLease(redis, properties.getTopic(), Duration.ofSeconds(10));
        return new OutboxRelay(jdbc, rocketMQTemplate.getProducer(), lease, properties, clock);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactionTemplate, Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        return new IdempotentConsumer(jdbc, transactionTemplate, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
