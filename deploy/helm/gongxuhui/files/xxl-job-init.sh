#!/bin/sh
# Sets XXL-JOB admin 3.3.x up on its schema, and may run any number of times (each step checks first):
#   1. loads the admin's tables (tables_xxl_job.sql of the same release) if the schema has none yet;
#   2. sets the password of the console user "admin" (SHA-256, as the admin stores it since 3.2);
#   3. creates the executor "notify-service" (automatic registration) and its job: the experts' daily digest,
#      handler expertSubscriptionDigest, cron 0 0 16 * * ? (Asia/Shanghai), sharding broadcast over the instances.
# The Kubernetes chart runs it as a pre-install/pre-upgrade hook, docker-compose.yml as the one-shot xxl-job-init.
#
# Environment: XXL_DB_HOST, XXL_DB_PORT (3306), XXL_DB_NAME (xxl_job), XXL_DB_USER (xxl_job),
#   GXH_XXL_JOB_DB_PASSWORD, GXH_XXL_JOB_ADMIN_PASSWORD, XXL_TABLES (path of tables_xxl_job.sql).
# Needs: sh and the mysql client (the mysql:8.4 image).
set -eu

say() { echo "xxl-job-init: $*"; }
die() { echo "xxl-job-init: $*" >&2; exit 1; }

host=${XXL_DB_HOST:?set XXL_DB_HOST}
port=${XXL_DB_PORT:-3306}
schema=${XXL_DB_NAME:-xxl_job}
user=${XXL_DB_USER:-xxl_job}
tables=${XXL_TABLES:-/xxl-job/tables_xxl_job.sql}
admin_password=${GXH_XXL_JOB_ADMIN_PASSWORD:?set GXH_XXL_JOB_ADMIN_PASSWORD}
# The password goes inside '…' in SQL: refuse what would need escaping (use e.g. openssl rand -hex 16).
case "$admin_password" in
  *[!A-Za-z0-9._~+=-]*) die "GXH_XXL_JOB_ADMIN_PASSWORD may only contain letters, digits and . _ ~ + = -" ;;
esac
[ "${#admin_password}" -ge 12 ] || die "GXH_XXL_JOB_ADMIN_PASSWORD must have at least 12 characters"

# The client reads the password from a file, never from the command line.
options=$(mktemp)
trap 'rm -f "$options"' EXIT
printf '[client]\npassword="%s"\n' "${GXH_XXL_JOB_DB_PASSWORD:?set GXH_XXL_JOB_DB_PASSWORD}" > "$options"
sql() { mysql --defaults-extra-file="$options" --host="$host" --port="$port" --user="$user" --batch --skip-column-names "$schema" "$@"; }

waited=0
until sql -e 'SELECT 1' > /dev/null 2>&1; do
  waited=$((waited + 3))
  [ "$waited" -lt 300 ] || die "MySQL at $host:$port (schema $schema, user $user) is not reachable after 300 s"
  sleep 3
done

if [ "$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'xxl_job_user'")" = 0 ]; then
  [ -f "$tables" ] || die "no tables in $schema and no $tables: provide tables_xxl_job.sql of the admin's release (deploy/README.md)"
  say "loading the admin's tables from $tables"
  # The release's script creates and selects its own schema `xxl_job`; only its tables are wanted here.
  grep -v -i -E '^[[:space:]]*(create database|use[[:space:]])' "$tables" | sql
fi

sql <<SQL
UPDATE xxl_job_user SET password = SHA2('$admin_password', 256) WHERE username = 'admin';

INSERT INTO xxl_job_group (app_name, title, address_type, address_list, update_time)
SELECT 'notify-service', '通知服务', 0, NULL, NOW() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM xxl_job_group WHERE app_name = 'notify-service');

INSERT INTO xxl_job_info (job_group, job_desc, add_time, update_time, author, alarm_email, schedule_type, schedule_conf,
    misfire_strategy, executor_route_strategy, executor_handler, executor_param, executor_block_strategy,
    executor_timeout, executor_fail_retry_count, glue_type, glue_source, glue_remark, glue_updatetime, child_jobid,
    trigger_status, trigger_last_time, trigger_next_time)
SELECT g.id, '专家订阅每日摘要', NOW(), NOW(), 'gongxuhui', '', 'CRON', '0 0 16 * * ?', 'DO_NOTHING',
    'SHARDING_BROADCAST', 'expertSubscriptionDigest', '', 'SERIAL_EXECUTION', 0, 0, 'BEAN', '', '', NOW(), '',
    1, 0, 0
FROM xxl_job_group g
WHERE g.app_name = 'notify-service'
  AND NOT EXISTS (SELECT 1 FROM xxl_job_info i WHERE i.job_group = g.id AND i.executor_handler = 'expertSubscriptionDigest');
SQL
say "admin password set; executor notify-service and its job expertSubscriptionDigest (0 0 16 * * ?) present"
