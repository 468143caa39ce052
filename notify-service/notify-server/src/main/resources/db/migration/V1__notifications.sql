-- The in-app inbox. source_event_id ties a notification to the event that caused it (one per event).
CREATE TABLE notification (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    account_id      BIGINT        NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    source_event_id CHAR(36),
    created_at      DATETIME(3)   NOT NULL,
    read_at         DATETIME(3),
    PRIMARY KEY (id)
);
CREATE INDEX idx_notification_inbox ON notification (account_id, id);
