-- expert-service's copy of the shared technical-field dictionary (技术领域): the same codes as demand-service's
-- (which serves it at /api/fields), so that research fields are validated without a call per request.
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

-- An expert as an institution maintains him. institution_id, centre_id and region_code are the creating
-- administrator's (from his token): what the data scope and the events' coordinates use.
CREATE TABLE expert (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    name                     VARCHAR(50)   NOT NULL,
    phone                    CHAR(11)      NOT NULL,
    organisation             VARCHAR(100),
    title                    VARCHAR(50),
    introduction             VARCHAR(2000),
    institution_id           BIGINT        NOT NULL,
    centre_id                BIGINT,
    region_code              VARCHAR(12),
    follows_official_account BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by               BIGINT        NOT NULL,
    created_at               DATETIME(3)   NOT NULL,
    updated_at               DATETIME(3)   NOT NULL,
    version                  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_expert_phone UNIQUE (phone)
);
CREATE INDEX idx_expert_institution ON expert (institution_id, id);
CREATE INDEX idx_expert_region ON expert (region_code);

-- Research fields of an expert (codes of technical_field): a table of their own so that the push dialog's
-- search by field is an index lookup.
CREATE TABLE expert_field (
    expert_id  BIGINT      NOT NULL,
    field_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (expert_id, field_code)
);
CREATE INDEX idx_expert_field_code ON expert_field (field_code, expert_id);

-- 科研成果
CREATE TABLE research_achievement (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    expert_id   BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    achieved_on DATE,
    description VARCHAR(4000),
    created_at  DATETIME(3)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_research_achievement_expert ON research_achievement (expert_id, id);

-- 技术方案
CREATE TABLE technical_solution (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    expert_id   BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    field_code  VARCHAR(40),
    description VARCHAR(4000) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_technical_solution_expert ON technical_solution (expert_id, id);

-- 专家跟进记录
CREATE TABLE expert_follow_up (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    expert_id   BIGINT        NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    happened_at DATETIME(3)   NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(50)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_expert_follow_up_expert ON expert_follow_up (expert_id, id);
