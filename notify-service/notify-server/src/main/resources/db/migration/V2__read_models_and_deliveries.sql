-- notify-service's own read models, fed by events, so that reacting to an event never calls another service.

-- Accounts from org-events (AccountCreated, StaffMoved, AccountDisabled): who to tell, and on which phone.
-- roles is a comma-separated list of role codes (e.g. INST_ADMIN,STAFF).
CREATE TABLE known_account (
    account_id     BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    phone          VARCHAR(20)  NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    institution_id BIGINT,
    centre_id      BIGINT,
    region_code    VARCHAR(12),
    disabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (account_id)
);
CREATE INDEX idx_known_account_institution ON known_account (institution_id);

-- Experts from expert-events (ExpertCreated, ExpertFollowed): the phone for the SMS invitation, the official
-- account's openid for template messages, and whether he follows the account now.
CREATE TABLE known_expert (
    expert_id      BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    phone          VARCHAR(20),
    institution_id BIGINT,
    open_id        VARCHAR(64),
    following      BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (expert_id)
);

-- The latest whole set of an expert's subscribed field codes (ExpertSubscribed), read by the daily digest.
CREATE TABLE expert_subscription (
    expert_id  BIGINT      NOT NULL,
    field_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (expert_id, field_code)
);
CREATE INDEX idx_expert_subscription_field ON expert_subscription (field_code);

-- Approved demands (DemandApproved), offered by the daily digest to the experts subscribed to their field.
CREATE TABLE approved_demand (
    demand_id      BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    field_code     VARCHAR(40),
    institution_id BIGINT,
    approved_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (demand_id)
);
CREATE INDEX idx_approved_demand_time ON approved_demand (approved_at);

-- One message to one person on one channel. The unique key (cause x recipient x channel) is what makes a
-- message never go twice: cause_key is the causing event's id, or digest:<date> for the daily digest.
-- attempts counts the sends tried; next_attempt_at is when the worker may try (again); lease_token marks the
-- rows one worker has claimed, so that two instances never send the same row at once.
CREATE TABLE delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    cause_key       VARCHAR(64)   NOT NULL,
    recipient_kind  VARCHAR(10)   NOT NULL,
    recipient_id    BIGINT        NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    address         VARCHAR(64),
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    demand_id       BIGINT,
    push_id         BIGINT,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    lease_token     CHAR(36),
    provider_answer VARCHAR(1000),
    created_at      DATETIME(3)   NOT NULL,
    finished_at     DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_delivery_once UNIQUE (cause_key, recipient_kind, recipient_id, channel)
);
CREATE INDEX idx_delivery_due ON delivery (status, next_attempt_at);
CREATE INDEX idx_delivery_lease ON delivery (lease_token);

-- The daily digest's windows: the first trigger of a day fixes [window_from, window_to) for every shard and
-- every re-run of that day; the next day starts where this one ended, so no approved demand is skipped.
CREATE TABLE digest_run (
    run_date    DATE        NOT NULL,
    window_from DATETIME(3) NOT NULL,
    window_to   DATETIME(3) NOT NULL,
    PRIMARY KEY (run_date)
);

