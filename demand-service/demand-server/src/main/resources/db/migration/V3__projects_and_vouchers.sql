-- The cooperation project registered after a deal (对接成功项目登记) and its fee-payment vouchers (中介费兑付凭证).
CREATE TABLE project (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    demand_id        BIGINT         NOT NULL,
    name             VARCHAR(100)   NOT NULL,
    category         VARCHAR(30)    NOT NULL,
    contract_amount  DECIMAL(14, 2) NOT NULL,
    signed_on        DATE           NOT NULL,
    leader           VARCHAR(50)    NOT NULL,
    members          VARCHAR(500),
    undertaking_unit VARCHAR(100)   NOT NULL,
    subject_type     VARCHAR(50),
    cooperation_mode VARCHAR(50),
    fee_ratio        DECIMAL(5, 2)  NOT NULL,
    handler_id       BIGINT         NOT NULL,
    registered_by    BIGINT         NOT NULL,
    registered_at    DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_project_demand UNIQUE (demand_id)
);

CREATE TABLE fee_voucher (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    project_id  BIGINT         NOT NULL,
    amount      DECIMAL(14, 2) NOT NULL,
    paid_on     DATE           NOT NULL,
    note        VARCHAR(200),
    uploaded_by BIGINT         NOT NULL,
    uploaded_at DATETIME(3)    NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_fee_voucher_project ON fee_voucher (project_id, id);
