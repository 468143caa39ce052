-- Zhejiang's administrative divisions (reference data). V2_1 fills this and the next table from the CSV files
-- under reference/; later changes come as new migrations, never as code.
CREATE TABLE region (
    code        CHAR(6)     NOT NULL,
    name        VARCHAR(50) NOT NULL,
    level       VARCHAR(16) NOT NULL,
    parent_code CHAR(6),
    PRIMARY KEY (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);
CREATE INDEX idx_region_parent ON region (parent_code);

-- Membership of the mountain-county programmes (山区26县 and its successors). Both dates are inclusive; no
-- effective_from = in force before the platform started, no effective_to = still in force. A change of the
-- programme closes rows (effective_to) and adds rows; it never rewrites the past.
CREATE TABLE mountain_county_membership (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    code           CHAR(6)     NOT NULL,
    list_name      VARCHAR(50) NOT NULL,
    effective_from DATE,
    effective_to   DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_mountain_county_region FOREIGN KEY (code) REFERENCES region (code)
);
CREATE INDEX idx_mountain_county_code ON mountain_county_membership (code);
