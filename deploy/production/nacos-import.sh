#!/bin/sh
# Pushes the platform's Nacos data-ids (deploy/nacos/*.yaml, one per service) to a Nacos 2.x server through
# its open API: POST /nacos/v1/cs/configs with dataId = file name, group DEFAULT_GROUP, type yaml, content.
# Publishing an existing data-id replaces it; running instances pick the change up by themselves.
#
# Usage: deploy/production/nacos-import.sh [--dry-run] [folder]
#   folder      the data-id files (default: ../nacos next to this script)
#   --dry-run   list what would be pushed and check that Nacos answers, change nothing
# Environment (the same names the services read, deploy/README.md):
#   GXH_NACOS_ADDR       host:port of Nacos (default 127.0.0.1:8848; http:// or https:// may be given)
#   GXH_NACOS_USER       account (default nacos); GXH_NACOS_PASSWORD its password. Without a password no
#                        login is attempted (a Nacos without authentication).
#   GXH_NACOS_NAMESPACE  namespace id (tenant); empty = public
#   NACOS_INIT_ADMIN     true: on a fresh Nacos 2.4+ with authentication, first set the password of the admin
#                        account "nacos" to GXH_NACOS_PASSWORD (allowed once per cluster; later runs skip it)
#   NACOS_WAIT_SECONDS   how long to wait for Nacos to be ready (default 180)
# Needs: sh, curl, sed.
set -eu

dry_run=false
if [ "${1:-}" = "--dry-run" ]; then
  dry_run=true
  shift
fi
folder=${1:-$(cd "$(dirname "$0")/../nacos" && pwd)}
addr=${GXH_NACOS_ADDR:-127.0.0.1:8848}
case "$addr" in
  http://*|https://*) base=$addr ;;
  *) base=http://$addr ;;
esac
base=${base%/}
user=${GXH_NACOS_USER:-nacos}
password=${GXH_NACOS_PASSWORD:-}
namespace=${GXH_NACOS_NAMESPACE:-}
group=DEFAULT_GROUP
wait_seconds=${NACOS_WAIT_SECONDS:-180}

say() { echo "nacos-import: $*"; }
die() { echo "nacos-import: $*" >&2; exit 1; }

[ -d "$folder" ] || die "no folder $folder"
for file in "$folder"/*.yaml; do
  [ -f "$file" ] || die "no *.yaml data-id files in $folder"
done

say "waiting for Nacos at $base (up to ${wait_seconds}s)"
waited=0
until curl -fsS -o /dev/null "$base/nacos/v1/console/health/readiness"; do
  waited=$((waited + 3))
  [ "$waited" -lt "$wait_seconds" ] || die "Nacos at $base is not ready after ${wait_seconds}s"
  sleep 3
done

if [ "${NACOS_INIT_ADMIN:-false}" = "true" ] && [ -n "$password" ] && [ "$dry_run" = false ]; then
  # Nacos 2.4+ has no default password: the first call sets it, every later one is refused (and ignored here).
  if curl -fs -o /dev/null -X POST "$base/nacos/v1/auth/users/admin" --data-urlencode "password=$password"; then
    say "admin password initialised"
  else
    say "admin password was already initialised"
  fi
fi

token=
if [ -n "$password" ]; then
  answer=$(curl -fsS -X POST "$base/nacos/v1/auth/login" \
    --data-urlencode "username=$user" --data-urlencode "password=$password") || die "login as $user failed"
  token=$(printf '%s' "$answer" | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || die "login as $user gave no accessToken: $answer"
fi

if [ -n "$namespace" ] && [ "$dry_run" = false ]; then
  # Configs of a namespace that does not exist are invisible in the console: create it (refused if it exists).
  set -- -fs -o /dev/null -X POST "$base/nacos/v1/console/namespaces" \
    --data-urlencode "customNamespaceId=$namespace" --data-urlencode "namespaceName=$namespace" \
    --data-urlencode "namespaceDesc=gongxuhui"
  [ -z "$token" ] || set -- "$@" --data-urlencode "accessToken=$token"
  if curl "$@"; then say "namespace $namespace ready"; fi
fi

pushed=0
for file in "$folder"/*.yaml; do
  data_id=$(basename "$file")
  if [ "$dry_run" = true ]; then
    say "would publish $data_id (group $group, namespace '${namespace:-public}')"
    continue
  fi
  # The curl arguments, built in the positional parameters (POSIX sh has no arrays).
  set -- -fsS -X POST "$base/nacos/v1/cs/configs" \
    --data-urlencode "dataId=$data_id" \
    --data-urlencode "group=$group" \
    --data-urlencode "type=yaml" \
    --data-urlencode "content@$file"
  [ -z "$namespace" ] || set -- "$@" --data-urlencode "tenant=$namespace"
  [ -z "$token" ] || set -- "$@" --data-urlencode "accessToken=$token"
  answer=$(curl "$@") || die "publishing $data_id failed"
  [ "$answer" = "true" ] || die "publishing $data_id: Nacos answered '$answer'"
  say "published $data_id"
  pushed=$((pushed + 1))
done
[ "$dry_run" = true ] || say "$pushed data-id(s) published to $base (namespace '${namespace:-public}')"
