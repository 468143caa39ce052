-- Security events (common-lib's SecurityEvent): refused logins, lock-outs, reused refresh tokens, … Append-only.
CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(3)  NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    service        VARCHAR(40)  NOT NULL,
    subject        VARCHAR(200),
    account_id     BIGINT,
    client_address VARCHAR(64),
    detail         VARCHAR(500),
    PRIMARY KEY (id)
);
CREATE INDEX idx_security_event_kind ON security_event (kind, id);
CREATE INDEX idx_security_event_subject ON security_event (subject, id);
CREATE INDEX idx_security_event_address ON security_event (client_address, id);
