-- The expert's WeChat identities, learnt at his mini-program login: the mini-program openid, and the unionid
-- that the official account's follow events are matched by (the two apps give the same person different
-- openids; only the unionid of the WeChat open platform is common to both).
ALTER TABLE expert ADD COLUMN mini_program_openid VARCHAR(64);
ALTER TABLE expert ADD COLUMN union_id VARCHAR(64);
CREATE INDEX idx_expert_union_id ON expert (union_id);

-- Fields an expert subscribed to (需求订阅), codes of technical_field: the daily digest and the matching of
-- demands read them.
CREATE TABLE expert_subscription (
    expert_id  BIGINT      NOT NULL,
    field_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (expert_id, field_code)
);

-- Everyone who follows (or followed) the official account, by its openid, as WeChat reported it. A follower
-- whose expert has not logged in yet has no expert_id; his first login links him through union_id.
-- last_event_at is WeChat's CreateTime of the event that set the state: an older or repeated event is ignored.
CREATE TABLE official_account_follower (
    openid        VARCHAR(64)  NOT NULL,
    union_id      VARCHAR(64),
    expert_id     BIGINT,
    following     BOOLEAN      NOT NULL,
    last_event_at BIGINT       NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (openid)
);
CREATE INDEX idx_follower_union_id ON official_account_follower (union_id);
CREATE INDEX idx_follower_expert ON official_account_follower (expert_id);

-- 技术发布: a technology an expert offers to industry. public_summary is what anyone shown the technology
-- reads; confidential_detail only the expert and his maintaining institution.
CREATE TABLE technology (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    expert_id           BIGINT        NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    field_code          VARCHAR(40)   NOT NULL,
    maturity            TINYINT       NOT NULL,
    description         VARCHAR(4000),
    cooperation_modes   VARCHAR(200)  NOT NULL,
    public_summary      VARCHAR(500)  NOT NULL,
    confidential_detail VARCHAR(4000),
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_technology_expert ON technology (expert_id, id);
