-- The platform's databases on MySQL 8: one schema per service (architecture.md, "Each service owns its data")
-- and one least-privilege account per service that can reach only its own schema.
--
-- Each account may change its own schema's structure because the service runs its Flyway migrations at start
-- (CREATE/ALTER/DROP/INDEX/REFERENCES on that schema only); it has no global privilege and cannot see any
-- other schema. To separate migration from runtime rights, run Flyway with a second account
-- (spring.flyway.user / spring.flyway.password) and take the DDL privileges away from these ones.
--
-- The ${...} tokens are passwords. mysql/10-init-databases.sh fills them in from the environment when the
-- MySQL container initialises an empty data directory; on a managed MySQL, replace them and run the file as
-- an administrator:  mysql -h <host> -u admin -p < init-databases.sql
-- Running it again is harmless (IF NOT EXISTS everywhere; ALTER USER re-sets the password).

CREATE DATABASE IF NOT EXISTS org_db        CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS demand_db     CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS expert_db     CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS enterprise_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS score_db      CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS notify_db     CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- XXL-JOB admin's own tables (tables_xxl_job.sql of the XXL-JOB release, see deploy/README.md).
CREATE DATABASE IF NOT EXISTS xxl_job       CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'org_svc'@'%'        IDENTIFIED BY '${GXH_ORG_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'demand_svc'@'%'     IDENTIFIED BY '${GXH_DEMAND_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'expert_svc'@'%'     IDENTIFIED BY '${GXH_EXPERT_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'enterprise_svc'@'%' IDENTIFIED BY '${GXH_ENTERPRISE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'score_svc'@'%'      IDENTIFIED BY '${GXH_SCORE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'notify_svc'@'%'     IDENTIFIED BY '${GXH_NOTIFY_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'xxl_job'@'%'        IDENTIFIED BY '${GXH_XXL_JOB_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'gxh_backup'@'%'     IDENTIFIED BY '${GXH_BACKUP_DB_PASSWORD}';

ALTER USER 'org_svc'@'%'        IDENTIFIED BY '${GXH_ORG_DB_PASSWORD}';
ALTER USER 'demand_svc'@'%'     IDENTIFIED BY '${GXH_DEMAND_DB_PASSWORD}';
ALTER USER 'expert_svc'@'%'     IDENTIFIED BY '${GXH_EXPERT_DB_PASSWORD}';
ALTER USER 'enterprise_svc'@'%' IDENTIFIED BY '${GXH_ENTERPRISE_DB_PASSWORD}';
ALTER USER 'score_svc'@'%'      IDENTIFIED BY '${GXH_SCORE_DB_PASSWORD}';
ALTER USER 'notify_svc'@'%'     IDENTIFIED BY '${GXH_NOTIFY_DB_PASSWORD}';
ALTER USER 'xxl_job'@'%'        IDENTIFIED BY '${GXH_XXL_JOB_DB_PASSWORD}';
ALTER USER 'gxh_backup'@'%'     IDENTIFIED BY '${GXH_BACKUP_DB_PASSWORD}';

-- Data rights plus the DDL that Flyway needs, on the service's own schema only.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW
    ON org_db.*        TO 'org_svc'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW
    ON demand_db.*     TO 'demand_svc'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW
    ON expert_db.*     TO 'expert_svc'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW
    ON enterprise_db.* TO 'enterprise_svc'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW
    ON score_db.*      TO 'score_svc'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW
    ON notify_db.*     TO 'notify_svc'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES
    ON xxl_job.*       TO 'xxl_job'@'%';

-- The backup account of deploy/backup (one consistent dump of every schema): read rights only.
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON org_db.*        TO 'gxh_backup'@'%';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON demand_db.*     TO 'gxh_backup'@'%';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON expert_db.*     TO 'gxh_backup'@'%';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON enterprise_db.* TO 'gxh_backup'@'%';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON score_db.*      TO 'gxh_backup'@'%';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON notify_db.*     TO 'gxh_backup'@'%';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON xxl_job.*       TO 'gxh_backup'@'%';

FLUSH PRIVILEGES;
