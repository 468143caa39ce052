-- Pushes of a demand to experts (专家推送记录): one per demand-expert pair. delivery stays PENDING until
-- notify-service reports whether the WeChat message reached the expert.
CREATE TABLE expert_push (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    demand_id          BIGINT       NOT NULL,
    expert_id          BIGINT       NOT NULL,
    expert_name        VARCHAR(50)  NOT NULL,
    expert_organisation VARCHAR(100),
    follows_official_account BOOLEAN NOT NULL,
    delivery           VARCHAR(20)  NOT NULL,
    pushed_by          BIGINT       NOT NULL,
    pushed_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_expert_push_pair UNIQUE (demand_id, expert_id)
);
