-- A console account's invitation into the province's DingTalk organisation (DingTalkInvitations): recorded with the
-- account, sent with DingTalk's user/create and followed with user/get until he activated DingTalk.
-- status: PENDING, INVITED, JOINED, FAILED. attempts: failed invitations in a row (PENDING), checks that found him
-- inactive (INVITED). next_attempt_at: when the relay takes the next step; empty: at once.
CREATE TABLE dingtalk_invitation (
    account_id       BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    dingtalk_user_id VARCHAR(64),
    attempts         INT          NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    next_attempt_at  DATETIME(3),
    invited_at       DATETIME(3),
    joined_at        DATETIME(3),
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id)
);
CREATE INDEX idx_dingtalk_invitation_due ON dingtalk_invitation (status, next_attempt_at);

-- The console accounts that exist already are invited too: they are the ones DingTalk's work notifications miss today.
-- Whoever has logged in through DingTalk (a binding) is an active member already: JOINED, at the latest then.
INSERT INTO dingtalk_invitation (account_id, status, dingtalk_user_id, joined_at, created_at, updated_at)
SELECT a.id, CASE WHEN b.account_id IS NULL THEN 'PENDING' ELSE 'JOINED' END, b.dingtalk_user_id, b.bound_at,
       a.created_at, a.created_at
FROM account a LEFT JOIN dingtalk_binding b ON b.account_id = a.id
WHERE FIND_IN_SET('INST_ADMIN', a.roles) > 0 OR FIND_IN_SET('CENTER_ADMIN', a.roles) > 0
   OR FIND_IN_SET('STAFF', a.roles) > 0 OR FIND_IN_SET('GOV_MANAGER', a.roles) > 0;
