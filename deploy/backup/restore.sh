#!/usr/bin/env bash
# Restores a backup made by backup.sh (deploy/README.md, "Backup and restore"), part by part:
#   --mysql   the schemas of mysql.sql.gz, each into a schema that must be empty or absent (the same name, or the
#             name plus --suffix: restore beside the live schemas, check, then point the services at them)
#   --files   the bucket's objects back into GXH_BACKUP_S3_BUCKET
#   --nacos   the data-ids back into the namespace (existing ones overwritten)
#
# Usage: deploy/backup/restore.sh [--mysql] [--files] [--nacos] [--suffix=_restored] <backup dir>
# Environment: as backup.sh, with GXH_RESTORE_DB_USER / GXH_RESTORE_DB_PASSWORD for an account that may create
# the schemas (an administrator; the backup account only reads).
# Stop the services first (or restore beside them with --suffix): a restore into schemas in use is refused.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
. "$here/common.sh"

parse_parts "$@"
backup="${REMAINING[0]:-}"
[ -d "$backup" ] || die "usage: restore.sh [--mysql] [--files] [--nacos] [--suffix=S] <backup dir>"
suffix=
for option in "${OPTIONS[@]}"; do
  case "$option" in
    --suffix=*) suffix=${option#--suffix=} ;;
    *) die "unknown option $option" ;;
  esac
done
[[ "$suffix" =~ ^[A-Za-z0-9_]*$ ]] || die "--suffix may only contain letters, digits and _"

say "checking $backup/SHA256SUMS"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || die "the backup does not match its checksums"

if wants mysql; then
  [ -f "$backup/mysql.sql.gz" ] || die "no mysql.sql.gz in $backup"
  DB_USER=${GXH_RESTORE_DB_USER:-root}
  write_mysql_options "${GXH_RESTORE_DB_PASSWORD:-}"
  mapfile -t schemas < "$backup/mysql-schemas.txt"
  rename=()
  for schema in "${schemas[@]}"; do
    [[ "$schema" =~ ^[A-Za-z0-9_]+$ ]] || die "unexpected schema name '$schema' in mysql-schemas.txt"
    target="$schema$suffix"
    tables=$(mysql --defaults-extra-file="$MYSQL_OPTIONS" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" -N -B \
      -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")
    [ "$tables" = 0 ] || die "schema $target has $tables tables: restore into empty schemas only (or use --suffix)"
    # The dump names each schema in its CREATE DATABASE and USE lines only (tables are not qualified).
    rename+=(-e "s/^CREATE DATABASE \(.*\)\`$schema\`/CREATE DATABASE \1\`$target\`/" -e "s/^USE \`$schema\`;/USE \`$target\`;/")
  done
  say "mysql: ${schemas[*]}${suffix:+ (as *$suffix)}"
  gzip -dc "$backup/mysql.sql.gz" | sed "${rename[@]}" \
    | mysql --defaults-extra-file="$MYSQL_OPTIONS" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" \
        --default-character-set=utf8mb4
fi

if wants files; then
  require GXH_BACKUP_S3_URL
  [ -d "$backup/files" ] || die "no files/ in $backup"
  mc_alias
  say "files: into bucket $S3_BUCKET"
  mc mb --ignore-existing "gxhbackup/$S3_BUCKET" > /dev/null
  mc mirror --quiet --preserve "$backup/files" "gxhbackup/$S3_BUCKET"
fi

if wants nacos; then
  require GXH_NACOS_ADDR
  [ -f "$backup/nacos/configs.zip" ] || die "no nacos/configs.zip in $backup"
  token=$(nacos_token)
  say "nacos: into namespace '${GXH_NACOS_NAMESPACE:-public}' (overwriting)"
  curl -fsS -X POST "$(nacos_base)/nacos/v1/cs/configs?import=true&namespace=${GXH_NACOS_NAMESPACE:-}&policy=OVERWRITE${token:+&accessToken=$token}" \
    -F "file=@$backup/nacos/configs.zip" > /dev/null
fi
say "done"
