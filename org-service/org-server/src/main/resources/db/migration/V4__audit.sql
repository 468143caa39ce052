-- Who changed what in the organisation, and when. Append-only; changes holds {"field": [before, after]}.
CREATE TABLE audit_entry (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(3) NOT NULL,
    actor_id       BIGINT,
    actor_name     VARCHAR(50) NOT NULL,
    action         VARCHAR(50) NOT NULL,
    target_type    VARCHAR(30) NOT NULL,
    target_id      VARCHAR(40) NOT NULL,
    institution_id BIGINT,
    changes        LONGTEXT,
    PRIMARY KEY (id)
);
CREATE INDEX idx_audit_institution ON audit_entry (institution_id, id);
