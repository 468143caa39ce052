-- Files attached to a demand (attachments, contracts, vouchers), stored by SHA-256 (FileStore).
CREATE TABLE demand_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    demand_id     BIGINT       NOT NULL,
    purpose       VARCHAR(20)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_demand_file_demand ON demand_file (demand_id, id);
