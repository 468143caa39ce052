package com.gongxuhui.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OutboxPublisherTest {

    record SomethingHappened(UUID eventId, Instant occurredAt, Actor actor, String aggregateId,
            OrgCoordinates coordinates) implements IntegrationEvent {
    }

    @Test
    void refusesToPublishOutsideATransactionSoNoEventCanOutliveARolledBackChange() {
        OutboxPublisher publisher = new OutboxPublisher(new JdbcTemplate(), new EventJson(new ObjectMapper()), "t");

        assertThatThrownBy(() -> publisher.publish(new SomethingHappened(UUID.randomUUID(), Instant.now(),
                Actor.system(), "1", OrgCoordinates.none())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    @Test
    void theTypeOfAnEventIsItsRecordName() {
        assertThat(new SomethingHappened(UUID.randomUUID(), Instant.now(),
                Actor.system(), "1", OrgCoordinates.none()).eventType()).isEqualTo("SomethingHappened");
    }
}
