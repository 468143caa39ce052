#!/usr/bin/env bash
# Backs the platform up into <dir>/<UTC time>/ (deploy/README.md, "Backup and restore"):
#   mysql.sql.gz     every service schema and xxl_job in ONE consistent snapshot (a single mysqldump
#                    --single-transaction over all of them: the points ledger, the demands and the outboxes agree)
#   files/           the object storage bucket (MinIO/S3, with the MinIO client mc), when GXH_BACKUP_S3_URL is set
#   nacos/           every Nacos data-id of the namespace (export zip), when GXH_NACOS_ADDR is set
#   SHA256SUMS       of everything above
#
# Usage: deploy/backup/backup.sh [--mysql] [--files] [--nacos] <dir>     (no part named: every part configured)
# Environment:
#   GXH_BACKUP_DB_HOST (127.0.0.1), GXH_BACKUP_DB_PORT (3306), GXH_BACKUP_DB_USER (gxh_backup: init-databases.sql),
#   GXH_BACKUP_DB_PASSWORD, GXH_BACKUP_SCHEMAS ("org_db demand_db expert_db enterprise_db score_db notify_db xxl_job")
#   GXH_BACKUP_S3_URL, GXH_BACKUP_S3_ACCESS_KEY, GXH_BACKUP_S3_SECRET_KEY, GXH_BACKUP_S3_BUCKET (gxh-files)
#   GXH_NACOS_ADDR, GXH_NACOS_USER (nacos), GXH_NACOS_PASSWORD, GXH_NACOS_NAMESPACE (empty = public)
# Needs: bash, mysqldump (MySQL 8.4's or MariaDB's), gzip, sha256sum; mc for files; curl for Nacos.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
. "$here/common.sh"

parse_parts "$@"
target="${REMAINING[0]:-}"
[ -n "$target" ] || die "usage: backup.sh [--mysql] [--files] [--nacos] <dir>"
backup="$target/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$backup"
say "backing up into $backup"

if wants mysql; then
  read -r -a schemas <<< "${GXH_BACKUP_SCHEMAS:-$DEFAULT_SCHEMAS}"
  write_mysql_options "${GXH_BACKUP_DB_PASSWORD:-}"
  flavour_flags=()
  # MySQL's mysqldump would otherwise write GTID state that a restore into another server cannot take.
  if ! mysqldump --version | grep -qi mariadb; then flavour_flags+=(--set-gtid-purged=OFF); fi
  say "mysql: ${schemas[*]} (one transaction)"
  mysqldump --defaults-extra-file="$MYSQL_OPTIONS" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" \
    --single-transaction --quick --routines --triggers --events --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 "${flavour_flags[@]}" --databases "${schemas[@]}" \
    | gzip -6 > "$backup/mysql.sql.gz.partial"
  mv "$backup/mysql.sql.gz.partial" "$backup/mysql.sql.gz"
  printf '%s\n' "${schemas[@]}" > "$backup/mysql-schemas.txt"
fi

if wants files; then
  require GXH_BACKUP_S3_URL
  mc_alias
  say "files: bucket ${S3_BUCKET}"
  mc mirror --quiet --preserve "gxhbackup/$S3_BUCKET" "$backup/files"
fi

if wants nacos; then
  require GXH_NACOS_ADDR
  token=$(nacos_token)
  say "nacos: namespace '${GXH_NACOS_NAMESPACE:-public}'"
  mkdir -p "$backup/nacos"
  curl -fsS -G "$(nacos_base)/nacos/v1/cs/configs" --data-urlencode "export=true" --data-urlencode "group=" \
    --data-urlencode "dataId=" --data-urlencode "tenant=${GXH_NACOS_NAMESPACE:-}" \
    ${token:+--data-urlencode "accessToken=$token"} -o "$backup/nacos/configs.zip"
fi

(cd "$backup" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
say "done: $backup"
echo "$backup"
