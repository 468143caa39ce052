-- Opening a demand to other institutions (需求公开) and its acceptance (受理) with the commitment letter (承诺函).
CREATE TABLE publication (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    demand_id               BIGINT        NOT NULL,
    scope                   VARCHAR(20)   NOT NULL,
    fee_ratio               DECIMAL(5, 2) NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    from_institution_id     BIGINT        NOT NULL,
    published_by            BIGINT        NOT NULL,
    published_at            DATETIME(3)   NOT NULL,
    accepted_institution_id BIGINT,
    accepted_by             BIGINT,
    accepted_by_name        VARCHAR(50),
    accepted_at             DATETIME(3),
    commitment_text         VARCHAR(1000),
    PRIMARY KEY (id)
);
CREATE INDEX idx_publication_demand ON publication (demand_id, status);
CREATE INDEX idx_publication_open ON publication (status, scope, id);

CREATE TABLE publication_target (
    publication_id BIGINT NOT NULL,
    institution_id BIGINT NOT NULL,
    PRIMARY KEY (publication_id, institution_id)
);
CREATE INDEX idx_publication_target_institution ON publication_target (institution_id);
