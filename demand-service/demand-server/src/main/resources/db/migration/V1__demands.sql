-- The shared technical-field dictionary (技术领域): the eight high-tech fields of the national list plus
-- modern agriculture and "other". Sub-fields can be added as rows with a parent.
CREATE TABLE technical_field (
    code        VARCHAR(40) NOT NULL,
    name        VARCHAR(50) NOT NULL,
    parent_code VARCHAR(40),
    sort_order  INT         NOT NULL,
    PRIMARY KEY (code)
);
INSERT INTO technical_field (code, name, parent_code, sort_order) VALUES
    ('ELECTRONIC_INFORMATION', '电子信息', NULL, 1),
    ('BIOMEDICINE', '生物与新医药', NULL, 2),
    ('AEROSPACE', '航空航天', NULL, 3),
    ('NEW_MATERIALS', '新材料', NULL, 4),
    ('HIGH_TECH_SERVICES', '高技术服务', NULL, 5),
    ('NEW_ENERGY', '新能源与节能', NULL, 6),
    ('RESOURCES_ENVIRONMENT', '资源与环境', NULL, 7),
    ('ADVANCED_MANUFACTURING', '先进制造与自动化', NULL, 8),
    ('MODERN_AGRICULTURE', '现代农业', NULL, 9),
    ('OTHER', '其他', NULL, 99);

CREATE TABLE demand (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(100)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    type             VARCHAR(20)   NOT NULL,
    field_code       VARCHAR(40)   NOT NULL,
    industry         VARCHAR(50),
    enterprise_id    BIGINT,
    budget           DECIMAL(14, 2),
    cooperation_mode VARCHAR(50),
    deadline         DATE,
    fee_ratio        DECIMAL(5, 2) NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    reject_reason    VARCHAR(500),
    close_reason     VARCHAR(500),
    submitter_id     BIGINT        NOT NULL,
    submitter_name   VARCHAR(50)   NOT NULL,
    institution_id   BIGINT        NOT NULL,
    centre_id        BIGINT        NOT NULL,
    region_code      VARCHAR(12)   NOT NULL,
    handler_id       BIGINT        NOT NULL,
    handler_name     VARCHAR(50)   NOT NULL,
    submitted_at     DATETIME(3)   NOT NULL,
    reviewed_at      DATETIME(3),
    closed_at        DATETIME(3),
    updated_at       DATETIME(3)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);
CREATE INDEX idx_demand_institution ON demand (institution_id, status, id);
CREATE INDEX idx_demand_handler ON demand (handler_id, status, id);
CREATE INDEX idx_demand_submitter ON demand (submitter_id, status, id);
CREATE INDEX idx_demand_centre ON demand (centre_id, status, id);
CREATE INDEX idx_demand_region ON demand (region_code, status, id);

CREATE TABLE follow_up (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    demand_id   BIGINT        NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    happened_at DATETIME(3)   NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(50)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_follow_up_demand ON follow_up (demand_id, id);

-- The demand's trail (留痕存证): append-only; each entry's hash covers its content and the previous hash.
CREATE TABLE demand_trail (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    demand_id   BIGINT      NOT NULL,
    seq         INT         NOT NULL,
    occurred_at DATETIME(3) NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(50) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    before_data LONGTEXT,
    after_data  LONGTEXT,
    prev_hash   CHAR(64)    NOT NULL,
    hash        CHAR(64)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_demand_trail_seq UNIQUE (demand_id, seq)
);
