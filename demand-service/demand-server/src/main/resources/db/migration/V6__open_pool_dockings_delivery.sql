-- Demands from municipal platforms (open API) and enterprises wait in the pool (需求大厅, IN_POOL) with no
-- institution, submitter or broker until an institution claims them (揭榜). They carry the enterprise as the
-- platform sent it, and the platform's own id, which makes a retried submission find the first one.
ALTER TABLE demand MODIFY COLUMN institution_id BIGINT NULL;
ALTER TABLE demand MODIFY COLUMN centre_id BIGINT NULL;
ALTER TABLE demand MODIFY COLUMN submitter_id BIGINT NULL;
ALTER TABLE demand MODIFY COLUMN handler_id BIGINT NULL;
ALTER TABLE demand MODIFY COLUMN handler_name VARCHAR(50) NULL;
ALTER TABLE demand ADD COLUMN open_platform VARCHAR(50);
ALTER TABLE demand ADD COLUMN external_id VARCHAR(64);
ALTER TABLE demand ADD COLUMN enterprise_name VARCHAR(100);
ALTER TABLE demand ADD COLUMN enterprise_uscc VARCHAR(18);
ALTER TABLE demand ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE demand ADD COLUMN contact_phone VARCHAR(20);
ALTER TABLE demand ADD COLUMN claimed_at DATETIME(3);
ALTER TABLE demand ADD COLUMN claim_commitment VARCHAR(1000);
ALTER TABLE demand ADD CONSTRAINT uk_demand_external UNIQUE (open_platform, external_id);
CREATE INDEX idx_demand_status ON demand (status, id);

-- What notify-service reported of a push's WeChat message.
ALTER TABLE expert_push ADD COLUMN delivery_reason VARCHAR(40);
ALTER TABLE expert_push ADD COLUMN delivery_reported_at DATETIME(3);
CREATE INDEX idx_expert_push_expert ON expert_push (expert_id, demand_id);

-- An expert docking a demand from the mini-program (对接该需求); cancelling keeps the row, re-docking reopens it.
CREATE TABLE expert_docking (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    demand_id    BIGINT       NOT NULL,
    expert_id    BIGINT       NOT NULL,
    expert_name  VARCHAR(50)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    note         VARCHAR(500),
    docked_at    DATETIME(3)  NOT NULL,
    cancelled_at DATETIME(3),
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_expert_docking_pair UNIQUE (demand_id, expert_id)
);
CREATE INDEX idx_expert_docking_expert ON expert_docking (expert_id, status);
