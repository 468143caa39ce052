# What backup.sh and restore.sh share (sourced, not run).

DEFAULT_SCHEMAS="org_db demand_db expert_db enterprise_db score_db notify_db xxl_job"
DB_HOST=${GXH_BACKUP_DB_HOST:-127.0.0.1}
DB_PORT=${GXH_BACKUP_DB_PORT:-3306}
DB_USER=${GXH_BACKUP_DB_USER:-gxh_backup}
S3_BUCKET=${GXH_BACKUP_S3_BUCKET:-gxh-files}

say() { echo "$(basename "$0"): $*" >&2; }
die() { echo "$(basename "$0"): $*" >&2; exit 1; }
require() { [ -n "${!1:-}" ] || die "set $1"; }

# --mysql / --files / --nacos choose parts (none: each part that is configured); the rest stays in REMAINING.
parse_parts() {
  PARTS=()
  REMAINING=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --mysql|--files|--nacos) PARTS+=("${1#--}") ;;
      --*) OPTIONS+=("$1") ;;
      *) REMAINING+=("$1") ;;
    esac
    shift
  done
  if [ ${#PARTS[@]} -eq 0 ]; then
    PARTS=(mysql)
    [ -z "${GXH_BACKUP_S3_URL:-}" ] || PARTS+=(files)
    [ -z "${GXH_NACOS_ADDR:-}" ] || PARTS+=(nacos)
  fi
}
OPTIONS=()

wants() {
  local part
  for part in "${PARTS[@]}"; do [ "$part" = "$1" ] && return 0; done
  return 1
}

# The MySQL password (argument 1) in a file only this process reads, never on the command line: MYSQL_OPTIONS.
write_mysql_options() {
  MYSQL_OPTIONS=$(mktemp)
  chmod 600 "$MYSQL_OPTIONS"
  printf '[client]\npassword="%s"\n' "$1" > "$MYSQL_OPTIONS"
  trap 'rm -f "$MYSQL_OPTIONS"' EXIT
}

mc_alias() {
  require GXH_BACKUP_S3_ACCESS_KEY
  require GXH_BACKUP_S3_SECRET_KEY
  mc alias set gxhbackup "$GXH_BACKUP_S3_URL" "$GXH_BACKUP_S3_ACCESS_KEY" "$GXH_BACKUP_S3_SECRET_KEY" > /dev/null
}

nacos_base() {
  case "$GXH_NACOS_ADDR" in
    http://*|https://*) echo "${GXH_NACOS_ADDR%/}" ;;
    *) echo "http://${GXH_NACOS_ADDR%%,*}" ;;
  esac
}

# An access token when Nacos has authentication on (GXH_NACOS_PASSWORD set), else nothing.
nacos_token() {
  [ -n "${GXH_NACOS_PASSWORD:-}" ] || return 0
  curl -fsS -X POST "$(nacos_base)/nacos/v1/auth/login" --data-urlencode "username=${GXH_NACOS_USER:-nacos}" \
    --data-urlencode "password=$GXH_NACOS_PASSWORD" | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p'
}
