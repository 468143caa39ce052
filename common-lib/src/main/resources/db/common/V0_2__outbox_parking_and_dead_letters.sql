-- Shared by every service (common-lib). Out of order on purpose (spring.flyway.out-of-order in gxh-defaults.yml):
-- a database whose services' own V1… ran already gets these too.

-- The relay's attempt cap: a row that failed waits until next_attempt_at (growing back-off); after
-- gxh.outbox.max-attempts (or at once, when it is larger than the broker takes) it is parked, out of the relay's
-- way, until an operator re-sends it.
ALTER TABLE outbox_event ADD COLUMN next_attempt_at DATETIME(3) NULL;
ALTER TABLE outbox_event ADD COLUMN parked_at DATETIME(3) NULL;
CREATE INDEX idx_outbox_relay ON outbox_event (sent_at, parked_at, id);

-- consumed_event is purged after gxh.events.consumer.consumed-retention (longer than the broker keeps messages).
CREATE INDEX idx_consumed_event_time ON consumed_event (consumed_at);

-- Dead letters: an event one consumer failed to apply gxh.events.consumer.max-attempts times, kept as it came
-- (tag and body) with the last error, until an operator replays it.
CREATE TABLE parked_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    consumer    VARCHAR(100)  NOT NULL,
    event_id    VARCHAR(64)   NOT NULL,
    topic       VARCHAR(200)  NOT NULL,
    tag         VARCHAR(100),
    payload     LONGTEXT      NOT NULL,
    attempts    INT           NOT NULL,
    last_error  VARCHAR(1000) NOT NULL,
    parked_at   DATETIME(3)   NOT NULL,
    replayed_at DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_parked_event UNIQUE (consumer, event_id)
);
CREATE INDEX idx_parked_event_waiting ON parked_event (replayed_at, id);
