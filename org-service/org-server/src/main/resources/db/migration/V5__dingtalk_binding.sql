-- Which DingTalk user an account is, recorded at DingTalk login; DingTalk messages are addressed by this userid
-- (DingTalk userids are at most 64 characters). One DingTalk user per account, one account per DingTalk user.
CREATE TABLE dingtalk_binding (
    account_id       BIGINT      NOT NULL,
    dingtalk_user_id VARCHAR(64) NOT NULL,
    bound_at         DATETIME(3) NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT uk_dingtalk_binding_user UNIQUE (dingtalk_user_id)
);
