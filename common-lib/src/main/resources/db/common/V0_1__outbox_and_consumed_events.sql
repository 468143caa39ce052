-- Shared by every service (common-lib): the transactional outbox and the idempotent-consumer record.
CREATE TABLE outbox_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)     NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(64),
    payload      LONGTEXT     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    sent_at      DATETIME(3),
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_event_id UNIQUE (event_id)
);
CREATE INDEX idx_outbox_pending ON outbox_event (sent_at, id);

CREATE TABLE consumed_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    CHAR(36)     NOT NULL,
    consumed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
