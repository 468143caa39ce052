-- Enterprises (需求企业) as institutions record them. A record is "verified" when the business registry
-- confirmed its credit code at creation; otherwise it was entered by hand while the registry could not be asked.
-- mountain_county is the county's membership (山区26县) as org-service gave it when the region was last set.
CREATE TABLE enterprise (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    name                   VARCHAR(100)  NOT NULL,
    uscc                   CHAR(18)      NOT NULL,
    legal_representative   VARCHAR(100),
    registered_capital     VARCHAR(100),
    established_on         DATE,
    address                VARCHAR(500),
    business_scope         TEXT,
    industry               VARCHAR(100),
    region_code            VARCHAR(12)   NOT NULL,
    mountain_county        BOOLEAN       NOT NULL,
    verified               BOOLEAN       NOT NULL,
    creator_id             BIGINT        NOT NULL,
    creator_name           VARCHAR(50)   NOT NULL,
    creator_institution_id BIGINT        NOT NULL,
    created_at             DATETIME(3)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_enterprise_uscc UNIQUE (uscc)
);
CREATE INDEX idx_enterprise_region ON enterprise (region_code, id);

-- The institutions that work with an enterprise (its creator's from the start; later those that handle its
-- demands): their people may see and edit it.
CREATE TABLE enterprise_institution (
    enterprise_id  BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    linked_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (enterprise_id, institution_id)
);
CREATE INDEX idx_enterprise_institution ON enterprise_institution (institution_id, enterprise_id);

CREATE TABLE enterprise_contact (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    enterprise_id BIGINT      NOT NULL,
    name          VARCHAR(50) NOT NULL,
    position      VARCHAR(50),
    phone         VARCHAR(11) NOT NULL,
    created_by    BIGINT      NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_enterprise_contact_phone UNIQUE (enterprise_id, phone)
);
