#!/usr/bin/env bash
# Credit Hub's Apache Artemis primary/backup pair (replication) on this host: create | start | stop | status | pid ROLE.
# docs/deployment.md, "The broker pair". Each broker is an instance created by the official distribution's
# `artemis create` under $CREDITHUB_HA_BASE/<role>, its etc/broker.xml written from broker-template.xml.
#
# Environment (secrets only from here, never from a file in the project):
#   ARTEMIS_HOME                    the unpacked apache-artemis distribution (default: the one the `scale-out` Maven
#                                   profile unpacks into config/target/)
#   CREDITHUB_HA_BASE               where the instances live (default: config/target/broker-ha)
#   CREDITHUB_HA_ROLES              the roles this host runs (default: "primary backup"; one per host in production)
#   CREDITHUB_HA_PRIMARY_HOST/_PORT, CREDITHUB_HA_BACKUP_HOST/_PORT   each broker's acceptor (127.0.0.1, 61716/61717)
#   CREDITHUB_BROKER_USER/_PASSWORD          the hubs' account (role hub)
#   CREDITHUB_HA_CLUSTER_USER/_PASSWORD      the account the two brokers replicate with
#   CREDITHUB_HA_JAVA_MEMORY        each broker's heap (default 512M)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
ARTEMIS_VERSION=2.40.0
ARTEMIS_HOME="${ARTEMIS_HOME:-$PROJECT/config/target/apache-artemis-$ARTEMIS_VERSION}"
BASE="${CREDITHUB_HA_BASE:-$PROJECT/config/target/broker-ha}"
ROLES="${CREDITHUB_HA_ROLES:-primary backup}"
export CREDITHUB_HA_PRIMARY_HOST="${CREDITHUB_HA_PRIMARY_HOST:-127.0.0.1}"
export CREDITHUB_HA_PRIMARY_PORT="${CREDITHUB_HA_PRIMARY_PORT:-61716}"
export CREDITHUB_HA_BACKUP_HOST="${CREDITHUB_HA_BACKUP_HOST:-127.0.0.1}"
export CREDITHUB_HA_BACKUP_PORT="${CREDITHUB_HA_BACKUP_PORT:-61717}"

die() { echo "broker-pair: $*" >&2; exit 1; }

require_env() {
  for name in "$@"; do
    [ -n "${!name:-}" ] || die "$name is not set (the brokers' accounts come from the environment only)"
  done
}

pid_of() { cat "$BASE/$1/broker.pid" 2>/dev/null || true; }

running() {
  local pid; pid="$(pid_of "$1")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

port_of() { if [ "$1" = primary ]; then echo "$CREDITHUB_HA_PRIMARY_PORT"; else echo "$CREDITHUB_HA_BACKUP_PORT"; fi; }
host_of() { if [ "$1" = primary ]; then echo "$CREDITHUB_HA_PRIMARY_HOST"; else echo "$CREDITHUB_HA_BACKUP_HOST"; fi; }

# The hub's <addresses> and <address-settings>, verbatim from the embedded broker's configuration.
hub_destinations() {
  sed -n '/^    <addresses>/,/^    <\/address-settings>/p' "$PROJECT/config/src/main/resources/broker.xml"
}

ha_policy() {
  if [ "$1" = primary ]; then
    # check-for-active-server: a restarted primary first asks whether the backup took over, and then waits to
    # fail back instead of starting with a stale journal.
    printf '<ha-policy><replication><primary><check-for-active-server>true</check-for-active-server></primary></replication></ha-policy>'
  else
    printf '<ha-policy><replication><backup><allow-failback>true</allow-failback></backup></replication></ha-policy>'
  fi
}

write_config() {
  local role="$1" other upper port destinations
  if [ "$role" = primary ]; then other=backup; port=61716; else other=primary; port=61717; fi
  upper="$(echo "$role" | tr '[:lower:]' '[:upper:]')"
  destinations="$(mktemp)"
  hub_destinations > "$destinations"
  [ -s "$destinations" ] || die "no <addresses> found in config/src/main/resources/broker.xml"
  sed -e "s/@ROLE@/$role/g" -e "s/@OTHER@/$other/g" -e "s/@ROLE_UPPER@/$upper/g" -e "s/@DEFAULT_PORT@/$port/g" \
      -e "s#@HA_POLICY@#$(ha_policy "$role")#" "$HERE/broker-template.xml" \
    | awk -v file="$destinations" '/@HUB_DESTINATIONS@/ { while ((getline line < file) > 0) print line; next } { print }' \
    > "$BASE/$role/etc/broker.xml"
  rm -f "$destinations"
}

create() {
  local role="$1"
  [ -x "$ARTEMIS_HOME/bin/artemis" ] || die "no Artemis distribution at $ARTEMIS_HOME (run: ./mvnw -Pscale-out -pl config generate-resources)"
  require_env CREDITHUB_BROKER_USER CREDITHUB_BROKER_PASSWORD
  if [ ! -f "$BASE/$role/etc/artemis.profile" ]; then
    mkdir -p "$BASE"
    # --no-web: the pair needs no Jolokia/console server of its own (the hubs' console shows their queues), and two
    # instances on one host would fight over port 8161.
    "$ARTEMIS_HOME/bin/artemis" create "$BASE/$role" --silent --force --no-web --require-login \
      --user "$CREDITHUB_BROKER_USER" --password "$CREDITHUB_BROKER_PASSWORD" --role hub \
      --name "credit-hub-$role" --java-memory "${CREDITHUB_HA_JAVA_MEMORY:-512M}" >"$BASE/$role.create.log" 2>&1 \
      || die "artemis create $role failed: see $BASE/$role.create.log"
    # The profile's fixed -Xms512M would exceed a smaller --java-memory; start small, grow to the limit.
    sed -i 's/-Xms512M/-Xms128M/' "$BASE/$role/etc/artemis.profile"
  fi
  write_config "$role"
}

await_log() {
  local role="$1" pattern="$2" seconds="$3"
  for _ in $(seq 1 $((seconds * 4))); do
    grep -q "$pattern" "$BASE/$role/broker.log" 2>/dev/null && return 0
    running "$role" || die "$role exited: see $BASE/$role/broker.log"
    sleep 0.25
  done
  die "$role: no '$pattern' within ${seconds}s: see $BASE/$role/broker.log"
}

start_one() {
  local role="$1"
  require_env CREDITHUB_HA_CLUSTER_USER CREDITHUB_HA_CLUSTER_PASSWORD
  create "$role"
  if running "$role"; then echo "$role already running (pid $(pid_of "$role"))"; return; fi
  # bin/artemis execs the JVM, so $! is the broker's own pid (what stop, status and a kill -9 act on).
  nohup "$BASE/$role/bin/artemis" run >"$BASE/$role/broker.log" 2>&1 </dev/null &
  echo $! > "$BASE/$role/broker.pid"
  if [ "$role" = primary ]; then
    await_log primary 'AMQ221007' 60   # Server is now active
  else
    await_log backup 'AMQ221024' 90    # Backup server is synchronized with the primary
  fi
  echo "$role started (pid $(pid_of "$role")) on $(host_of "$role"):$(port_of "$role")"
}

stop_one() {
  local role="$1" pid
  pid="$(pid_of "$role")"
  if ! running "$role"; then echo "$role not running"; return; fi
  kill "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && { echo "$role did not stop in 30s; killing it"; kill -9 "$pid"; }
  rm -f "$BASE/$role/broker.pid"
  echo "$role stopped"
}

# Stop in reverse: the backup first, so stopping the pair never makes the backup take over.
reverse() { local out=""; for r in $ROLES; do out="$r $out"; done; echo "$out"; }

case "${1:-}" in
  create) for role in $ROLES; do create "$role"; done ;;
  start) for role in $ROLES; do start_one "$role"; done ;;
  stop) for role in $(reverse); do stop_one "$role"; done ;;
  status)
    for role in $ROLES; do
      if running "$role"; then echo "$role running (pid $(pid_of "$role"))"; else echo "$role stopped"; fi
    done ;;
  pid) [ -n "${2:-}" ] || die "usage: $0 pid primary|backup"; pid_of "$2" ;;
  *) die "usage: $0 create|start|stop|status|pid ROLE" ;;
esac
