-- An expert (expert-service) logs in through WeChat as an EXPERT account of org-service, the one token issuer.
ALTER TABLE account ADD COLUMN expert_id BIGINT;
CREATE UNIQUE INDEX uk_account_expert ON account (expert_id);
