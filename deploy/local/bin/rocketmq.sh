#!/usr/bin/env bash
# RocketMQ 5.3.3 name server + broker from the Maven Central jars in deploy/local/target/lib.
#
#   deploy/local/bin/rocketmq.sh start|stop|status <data-dir>
#
# Everything lives in <data-dir>: conf/ (generated namesrv.conf, broker.conf), store/ (commit log, queues,
# topics), logs/rocketmqlogs/ (RocketMQ's own logs: ROCKETMQ_HOME and user.home point at <data-dir>, so nothing
# is written under ~/logs or ~/store), namesrv.out / broker.out (console), namesrv.pid / broker.pid.
#
# Environment (all optional):
#   GXH_NAMESRV_PORT        name server port (default 9876)
#   GXH_BROKER_PORT         broker port (default 10911). The broker also listens on GXH_BROKER_PORT-2 (its "fast"/VIP
#                           channel) and GXH_BROKER_PORT+1 (HA replication), so it needs three ports: 10909, 10911, 10912.
#                           A second broker beside a default one must keep all three apart (e.g. 20911 -> 20909..20912).
#   GXH_NAMESRV_JAVA_OPTS   JVM flags of the name server (default: -Xms64m -Xmx256m -XX:+UseSerialGC)
#   GXH_BROKER_JAVA_OPTS    JVM flags of the broker      (default: -Xms128m -Xmx512m -XX:+UseSerialGC)
#   GXH_ROCKETMQ_START_TIMEOUT  seconds to wait for each process to be ready (default 120)
#   GXH_ROCKETMQ_STOP_TIMEOUT   seconds to wait after TERM before KILL (default 30)
#   JAVA_HOME               JDK 17+ to use (default: java on PATH)
#
# start is idempotent (an instance already running from this data dir is reported and left alone); stop ends only this
# data dir's RocketMQ processes: the PIDs recorded in <data-dir>, checked against their command line (main class and
# -Duser.home=<data-dir>); a lost PID file is found again by that same command line.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LOCAL_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
REPO_ROOT=$(cd "$LOCAL_DIR/../.." && pwd)
LIB_DIR="$LOCAL_DIR/target/lib"

NAMESRV_PORT=${GXH_NAMESRV_PORT:-9876}
BROKER_PORT=${GXH_BROKER_PORT:-10911}
NAMESRV_JAVA_OPTS=${GXH_NAMESRV_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}
BROKER_JAVA_OPTS=${GXH_BROKER_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC}
START_TIMEOUT=${GXH_ROCKETMQ_START_TIMEOUT:-120}
STOP_TIMEOUT=${GXH_ROCKETMQ_STOP_TIMEOUT:-30}
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

NAMESRV_MAIN=org.apache.rocketmq.namesrv.NamesrvStartup
BROKER_MAIN=org.apache.rocketmq.broker.BrokerStartup

usage() {
  echo "usage: $0 start|stop|status <data-dir>" >&2
  exit 2
}

log() { echo "[rocketmq] $*"; }
die() { echo "[rocketmq] ERROR: $*" >&2; exit 1; }

[[ $# -eq 2 ]] || usage
COMMAND=$1
mkdir -p "$2"
DATA_DIR=$(cd "$2" && pwd)

for p in "$NAMESRV_PORT" "$BROKER_PORT"; do
  [[ "$p" =~ ^[0-9]+$ ]] && (( p > 2 && p < 65535 )) || die "invalid port '$p'"
done

# --- helpers -------------------------------------------------------------------------------------------------

# shellcheck source=ports.sh
source "$SCRIPT_DIR/ports.sh"

# true when PID $1 is alive and is a JVM running main class $2 with this data dir as user.home (exact arguments)
# (guards against a PID file that outlived its process and a PID reused by an unrelated process)
is_ours() {
  local pid=$1 main=$2
  [[ "$pid" =~ ^[0-9]+$ && -r "/proc/$pid/cmdline" ]] || return 1
  grep -qzxF -- "$main" "/proc/$pid/cmdline" 2>/dev/null \
    && grep -qzxF -- "-Duser.home=$DATA_DIR" "/proc/$pid/cmdline" 2>/dev/null
}

# prints the PID of component $1 (namesrv|broker, main class $2) of this data dir when it runs: the PID file's
# process if it is still that one, else (PID file lost) a JVM found in /proc with exactly that identity.
running_pid() {
  local name=$1 main=$2 pidfile="$DATA_DIR/$1.pid" pid comm c
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if is_ours "$pid" "$main"; then echo "$pid"; return 0; fi
  for comm in /proc/[0-9]*/comm; do
    IFS= read -r c 2>/dev/null < "$comm" && [[ "$c" == java ]] || continue
    pid=${comm#/proc/}; pid=${pid%/comm}
    if is_ours "$pid" "$main"; then
      echo "$pid" > "$pidfile" 2>/dev/null || true
      echo "$pid"
      return 0
    fi
  done
  return 1
}

ensure_built() {
  if [[ -f "$LOCAL_DIR/target/local-infra.jar" ]] && compgen -G "$LIB_DIR/rocketmq-broker-*.jar" >/dev/null \
     && compgen -G "$LIB_DIR/rocketmq-namesrv-*.jar" >/dev/null; then
    return 0
  fi
  log "building deploy/local (RocketMQ jars into deploy/local/target/lib) ..."
  (cd "$REPO_ROOT" && ./mvnw -q -B -f deploy/local/pom.xml package) || die "build of deploy/local failed"
}

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "no java found (install a JDK 17+ or set JAVA_HOME)"
  local v
  v=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [[ "${v%%.*}" =~ ^[0-9]+$ ]] && (( ${v%%.*} >= 17 )) || die "JDK 17+ required, found '$v' ($JAVA)"
}

write_confs() {
  mkdir -p "$DATA_DIR/conf" "$DATA_DIR/store" "$DATA_DIR/tmp"
  cat > "$DATA_DIR/conf/namesrv.conf" <<EOF
# generated by deploy/local/bin/rocketmq.sh - rewritten at every start
listenPort=$NAMESRV_PORT
bindAddress=127.0.0.1
EOF
  cat > "$DATA_DIR/conf/broker.conf" <<EOF
# generated by deploy/local/bin/rocketmq.sh - rewritten at every start
brokerClusterName=DefaultCluster
brokerName=broker-a
brokerId=0
brokerRole=ASYNC_MASTER
flushDiskType=ASYNC_FLUSH
namesrvAddr=127.0.0.1:$NAMESRV_PORT
listenPort=$BROKER_PORT
bindAddress=127.0.0.1
brokerIP1=127.0.0.1
autoCreateTopicEnable=true
autoCreateSubscriptionGroup=true
mappedFileSizeCommitLog=67108864
mappedFileSizeConsumeQueue=300000
maxHashSlotNum=50000
maxIndexNum=200000
diskSpaceWarningLevelRatio=98
diskSpaceCleanForciblyRatio=97
deleteWhen=04
fileReservedTime=48
storePathRootDir=$DATA_DIR/store
storePathCommitLog=$DATA_DIR/store/commitlog
EOF
}

# conf value $2 of generated file $1 (empty when absent)
conf_value() {
  [[ -f "$1" ]] || return 0
  sed -n "s/^$2=//p" "$1" | tail -n 1
}

# launch <name> <main> <java opts> [args...]; prints the PID
launch() {
  local name=$1 main=$2 opts=$3
  shift 3
  # shellcheck disable=SC2086 # the JVM options are a word list on purpose
  ROCKETMQ_HOME="$DATA_DIR" nohup "$JAVA" $opts \
    -Drocketmq.home.dir="$DATA_DIR" -Duser.home="$DATA_DIR" -Djava.io.tmpdir="$DATA_DIR/tmp" \
    -cp "$LIB_DIR/*" "$main" "$@" > "$DATA_DIR/$name.out" 2>&1 < /dev/null &
  local pid=$!
  echo "$pid" > "$DATA_DIR/$name.pid"
  echo "$pid"
}

# wait_ready <name> <pid> <port> <success-pattern>
wait_ready() {
  local name=$1 pid=$2 port=$3 pattern=$4 deadline=$((SECONDS + START_TIMEOUT))
  while (( SECONDS < deadline )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$DATA_DIR/$name.pid"
      echo "----- last lines of $DATA_DIR/$name.out -----" >&2
      tail -n 40 "$DATA_DIR/$name.out" >&2 || true
      die "$name (pid $pid) exited during start-up; logs: $DATA_DIR/$name.out, $DATA_DIR/logs/rocketmqlogs/"
    fi
    if grep -q "$pattern" "$DATA_DIR/$name.out" 2>/dev/null && port_open "$port"; then
      return 0
    fi
    sleep 0.2
  done
  die "$name (pid $pid) not ready after ${START_TIMEOUT}s; see $DATA_DIR/$name.out (still running: '$0 stop $DATA_DIR' ends it)"
}

# stop_one <name> <main>
stop_one() {
  local name=$1 main=$2 pidfile="$DATA_DIR/$1.pid" pid
  if ! pid=$(running_pid "$name" "$main"); then
    [[ -f "$pidfile" ]] && log "$name: stale pid file removed"
    rm -f "$pidfile"
    log "$name: not running"
    return 0
  fi
  log "$name: stopping pid $pid (TERM) ..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name: still running after ${STOP_TIMEOUT}s, sending KILL to pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$pidfile"
  log "$name: stopped"
}

# --- commands ------------------------------------------------------------------------------------------------

do_start() {
  local t0=$SECONDS ns_pid br_pid
  ns_pid=$(running_pid namesrv "$NAMESRV_MAIN" || true)
  br_pid=$(running_pid broker "$BROKER_MAIN" || true)

  # An instance of this data dir already running must be the one asked for (same ports).
  if [[ -n "$ns_pid" ]]; then
    local p; p=$(conf_value "$DATA_DIR/conf/namesrv.conf" listenPort)
    [[ "$p" == "$NAMESRV_PORT" ]] || die "name server of $DATA_DIR already runs on port $p (asked: $NAMESRV_PORT); stop it first"
  fi
  if [[ -n "$br_pid" ]]; then
    local p; p=$(conf_value "$DATA_DIR/conf/broker.conf" listenPort)
    [[ "$p" == "$BROKER_PORT" ]] || die "broker of $DATA_DIR already runs on port $p (asked: $BROKER_PORT); stop it first"
  fi
  if [[ -n "$ns_pid" && -n "$br_pid" ]]; then
    log "already running from $DATA_DIR: name server pid $ns_pid (127.0.0.1:$NAMESRV_PORT), broker pid $br_pid (127.0.0.1:$BROKER_PORT)"
    return 0
  fi

  # Ports needed by what is not running yet must be free (something else listening there is not ours to use).
  local busy=()
  if [[ -z "$ns_pid" ]]; then port_in_use "$NAMESRV_PORT" && busy+=("$NAMESRV_PORT (name server)"); fi
  if [[ -z "$br_pid" ]]; then
    local p
    for p in $((BROKER_PORT - 2)) "$BROKER_PORT" $((BROKER_PORT + 1)); do
      port_in_use "$p" && busy+=("$p (broker uses $((BROKER_PORT - 2)), $BROKER_PORT, $((BROKER_PORT + 1)))")
    done
  fi
  if (( ${#busy[@]} > 0 )); then
    die "port(s) already in use by another process: ${busy[*]}. Choose others with GXH_NAMESRV_PORT / GXH_BROKER_PORT."
  fi

  check_java
  ensure_built
  if [[ -z "$br_pid" ]]; then write_confs; fi   # a running broker keeps the conf it was started with
  [[ -f "$DATA_DIR/conf/namesrv.conf" ]] || write_confs

  if [[ -z "$ns_pid" ]]; then
    local t1=$SECONDS
    log "starting name server on 127.0.0.1:$NAMESRV_PORT ..."
    ns_pid=$(launch namesrv "$NAMESRV_MAIN" "$NAMESRV_JAVA_OPTS" -c "$DATA_DIR/conf/namesrv.conf")
    wait_ready namesrv "$ns_pid" "$NAMESRV_PORT" "The Name Server boot success"
    log "name server ready (pid $ns_pid) after $((SECONDS - t1))s"
  else
    log "name server already running (pid $ns_pid)"
  fi

  if [[ -z "$br_pid" ]]; then
    local t2=$SECONDS
    log "starting broker on 127.0.0.1:$BROKER_PORT (also $((BROKER_PORT - 2)), $((BROKER_PORT + 1))) ..."
    br_pid=$(launch broker "$BROKER_MAIN" \
      "$BROKER_JAVA_OPTS --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED" \
      -c "$DATA_DIR/conf/broker.conf")
    # "boot success" is printed after BrokerController.start(), which registers the broker with the name server.
    wait_ready broker "$br_pid" "$BROKER_PORT" "The broker\[.*boot success"
    log "broker ready (pid $br_pid) after $((SECONDS - t2))s"
  else
    log "broker already running (pid $br_pid)"
  fi
  log "RocketMQ up: name server 127.0.0.1:$NAMESRV_PORT, broker 127.0.0.1:$BROKER_PORT, data $DATA_DIR ($((SECONDS - t0))s)"
}

do_stop() {
  stop_one broker "$BROKER_MAIN"
  stop_one namesrv "$NAMESRV_MAIN"
}

do_status() {
  local rc=0 pid
  if pid=$(running_pid namesrv "$NAMESRV_MAIN"); then
    log "name server: running, pid $pid, 127.0.0.1:$(conf_value "$DATA_DIR/conf/namesrv.conf" listenPort)"
  else
    log "name server: stopped"; rc=3
  fi
  if pid=$(running_pid broker "$BROKER_MAIN"); then
    log "broker: running, pid $pid, 127.0.0.1:$(conf_value "$DATA_DIR/conf/broker.conf" listenPort)"
  else
    log "broker: stopped"; rc=3
  fi
  log "data dir: $DATA_DIR"
  return $rc
}

case "$COMMAND" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) usage ;;
esac
