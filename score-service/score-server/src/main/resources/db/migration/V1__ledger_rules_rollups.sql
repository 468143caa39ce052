-- Rule sets (贡献积分规则): the points of each rule for a region, valid from a date. A region's set replaces the
-- set of the region above it (county over city over province); a newer set replaces an older one from its date.
-- Rows are never updated: a change is a new set, so the ledger's rule_id always names the version it used.
CREATE TABLE score_rule (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    region_code CHAR(6)     NOT NULL,
    valid_from  DATE        NOT NULL,
    rule_code   VARCHAR(40) NOT NULL,
    points      INT         NOT NULL,
    created_by  BIGINT,
    created_at  DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_score_rule UNIQUE (region_code, valid_from, rule_code)
);
-- domain.md's defaults, for the whole province since before the platform started.
INSERT INTO score_rule (region_code, valid_from, rule_code, points, created_by, created_at) VALUES
    ('330000', '2000-01-01', 'DEMAND_APPROVED', 2, NULL, '2026-01-01 00:00:00'),
    ('330000', '2000-01-01', 'DEMAND_PUSHED_TO_EXPERT', 1, NULL, '2026-01-01 00:00:00'),
    ('330000', '2000-01-01', 'DEMAND_COMPLETED', 5, NULL, '2026-01-01 00:00:00');

-- The points ledger (积分明细): append-only, one row per awarded rule per event, never counted twice.
CREATE TABLE ledger_entry (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    staff_id          BIGINT      NOT NULL,
    institution_id    BIGINT,
    centre_id         BIGINT,
    region_code       CHAR(6),
    rule_id           BIGINT      NOT NULL,
    rule_code         VARCHAR(40) NOT NULL,
    points            INT         NOT NULL,
    demand_id         BIGINT,
    source_event_id   CHAR(36)    NOT NULL,
    source_event_type VARCHAR(60) NOT NULL,
    occurred_at       DATETIME    NOT NULL,
    occurred_on       DATE        NOT NULL,
    recorded_at       DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ledger_source UNIQUE (source_event_id, rule_code)
);
CREATE INDEX idx_ledger_staff ON ledger_entry (staff_id, occurred_on);

-- What the monitoring views count besides points (demands docked and mined, deals, visits, experts and staff
-- joining or leaving), one row per counted fact per event: with the ledger, the source every rollup is rebuilt from.
CREATE TABLE activity (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    measure           VARCHAR(30) NOT NULL,
    delta             INT         NOT NULL,
    staff_id          BIGINT,
    institution_id    BIGINT,
    centre_id         BIGINT,
    region_code       CHAR(6),
    source_event_id   CHAR(36)    NOT NULL,
    source_event_type VARCHAR(60) NOT NULL,
    occurred_on       DATE        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_activity_source UNIQUE (source_event_id, measure, delta)
);

-- Rollups kept in the transaction of the event that changes them: per day (span DAY) and per month (span MONTH,
-- starts_on = the first day) for each institution, centre and broker, split by the county (and its city) where it
-- happened. A query reads whole months from MONTH rows and only the edge days from DAY rows. county_code/city_code
-- are '' where the event names no such region.
CREATE TABLE rollup (
    subject_kind   VARCHAR(12) NOT NULL,
    span           VARCHAR(5)  NOT NULL,
    starts_on      DATE        NOT NULL,
    subject_id     BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    county_code    VARCHAR(6)  NOT NULL,
    city_code      VARCHAR(6)  NOT NULL,
    points         INT         NOT NULL DEFAULT 0,
    demands_docked INT         NOT NULL DEFAULT 0,
    deals          INT         NOT NULL DEFAULT 0,
    demands_mined  INT         NOT NULL DEFAULT 0,
    visits         INT         NOT NULL DEFAULT 0,
    experts        INT         NOT NULL DEFAULT 0,
    staff          INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_kind, span, starts_on, subject_id, institution_id, county_code)
);
CREATE INDEX idx_rollup_city ON rollup (subject_kind, span, city_code, starts_on);
CREATE INDEX idx_rollup_county ON rollup (subject_kind, span, county_code, starts_on);
CREATE INDEX idx_rollup_institution ON rollup (subject_kind, span, institution_id, starts_on);

-- The organisation as the events tell it: names for the views, and a broker's place for the ledger's scope.
CREATE TABLE institution (
    id          BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    region_code CHAR(6),
    PRIMARY KEY (id)
);

CREATE TABLE centre (
    id             BIGINT       NOT NULL,
    institution_id BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    region_code    CHAR(6),
    PRIMARY KEY (id)
);

CREATE TABLE staff_member (
    account_id     BIGINT      NOT NULL,
    name           VARCHAR(50) NOT NULL,
    institution_id BIGINT,
    centre_id      BIGINT,
    region_code    CHAR(6),
    enabled        BOOLEAN     NOT NULL,
    PRIMARY KEY (account_id)
);
