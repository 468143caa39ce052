CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    phone          VARCHAR(11)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    name           VARCHAR(50)  NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    institution_id BIGINT,
    centre_id      BIGINT,
    region_code    VARCHAR(12),
    status         VARCHAR(16)  NOT NULL,
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   DATETIME(3),
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_phone UNIQUE (phone)
);

-- Refresh tokens are opaque; only their SHA-256 is stored. Tokens of one login share a family: reuse of a
-- rotated token revokes the whole family.
CREATE TABLE refresh_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash CHAR(64)    NOT NULL,
    family_id  CHAR(36)    NOT NULL,
    account_id BIGINT      NOT NULL,
    issued_at  DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    rotated_at DATETIME(3),
    revoked_at DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX idx_refresh_token_family ON refresh_token (family_id);
