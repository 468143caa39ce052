-- Legal-entity institutions (法人机构) and their local transfer centres (地方转移中心). Staff, institution
-- administrators and bureau managers are accounts (V1) placed by institution_id / centre_id / region_code.
CREATE TABLE institution (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    name                  VARCHAR(100)  NOT NULL,
    uscc                  CHAR(18)      NOT NULL,
    uscc_check_overridden BOOLEAN       NOT NULL DEFAULT FALSE,
    type                  VARCHAR(30)   NOT NULL,
    service_types         VARCHAR(300)  NOT NULL,
    region_code           VARCHAR(12)   NOT NULL,
    min_fee_ratio         DECIMAL(5, 2) NOT NULL,
    introduction          VARCHAR(2000),
    head_name             VARCHAR(50),
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_institution_uscc UNIQUE (uscc)
);
CREATE INDEX idx_institution_region ON institution (region_code);

CREATE TABLE centre (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    institution_id BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    region_code    VARCHAR(12)  NOT NULL,
    address        VARCHAR(200),
    legal_person   BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_name   VARCHAR(50),
    contact_phone  VARCHAR(20),
    head_office    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_centre_name UNIQUE (institution_id, name)
);
CREATE INDEX idx_centre_region ON centre (region_code);

ALTER TABLE account ADD COLUMN position VARCHAR(50);
CREATE INDEX idx_account_institution ON account (institution_id, centre_id);

-- A staff member's moves between centres, kept for history (who moved him, when, from where to where).
CREATE TABLE staff_move (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    account_id     BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    from_centre_id BIGINT      NOT NULL,
    to_centre_id   BIGINT      NOT NULL,
    moved_by       BIGINT      NOT NULL,
    moved_at       DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_staff_move_account ON staff_move (account_id, id);
