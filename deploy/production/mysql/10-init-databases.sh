#!/bin/bash
# Runs once, when the MySQL container initialises an empty data directory (mounted into
# /docker-entrypoint-initdb.d by docker-compose.yml). Fills the passwords of init-databases.sql in from the
# environment and runs it. (XXL-JOB admin's tables are loaded by the xxl-job-init container.)
set -euo pipefail

sql_file=/gxh-init/init-databases.sql
vars=(GXH_ORG_DB_PASSWORD GXH_DEMAND_DB_PASSWORD GXH_EXPERT_DB_PASSWORD GXH_ENTERPRISE_DB_PASSWORD
      GXH_SCORE_DB_PASSWORD GXH_NOTIFY_DB_PASSWORD GXH_XXL_JOB_DB_PASSWORD GXH_BACKUP_DB_PASSWORD)

script=$(cat "$sql_file")
for var in "${vars[@]}"; do
  value=${!var:-}
  if [ -z "$value" ]; then
    echo "init-databases: $var is not set" >&2
    exit 1
  fi
  # Passwords go inside '…' in SQL: refuse characters that would need escaping (use e.g. openssl rand -hex 24).
  if [[ ! "$value" =~ ^[A-Za-z0-9._~+=-]+$ ]]; then
    echo "init-databases: $var may only contain letters, digits and . _ ~ + = -" >&2
    exit 1
  fi
  script=${script//"\${$var}"/$value}
done

echo "init-databases: creating the service schemas and accounts"
mysql --protocol=socket -uroot -p"${MYSQL_ROOT_PASSWORD}" <<<"$script"

