#!/usr/bin/env bash
# Run a private, throwaway Virtuoso 7 on loopback for DKB's tests, CI and benchmarks.
#
#   scripts/virtuoso.sh start DIR    start one (database files in DIR), print its SPARQL endpoint URL
#   scripts/virtuoso.sh status DIR   print the URL and exit 0 if it answers, else exit 1
#   scripts/virtuoso.sh stop DIR     shut it down (the files stay in DIR)
#
# Environment: VIRTUOSO_HTTP_PORT, VIRTUOSO_SQL_PORT (default: 18890 / 11111 when free, else any
# free port), VIRTUOSO_DBA_PASSWORD (default dkb-dba), VIRTUOSO_START_TIMEOUT (seconds, default 120).
#
# The instance is for tests only: the anonymous user of /sparql and /sparql-graph-crud may update.
# Production setups write through the Digest-authenticated endpoints instead, e.g.
#   DKB_STORE=sparql:http://127.0.0.1:18890/sparql-auth DKB_SPARQL_AUTH=digest \
#   DKB_SPARQL_USER=dba DKB_SPARQL_PASSWORD=... \
#   DKB_SPARQL_GRAPH_STORE_URL=http://127.0.0.1:18890/sparql-graph-crud-auth
# A second user, dkb_reader / dkb_reader, may only read: tests use it as a read-only endpoint.
# Only stdout carries the URL, so `URL=$(scripts/virtuoso.sh start DIR)` works; messages go to stderr.
set -euo pipefail

say() { echo "virtuoso.sh: $*" >&2; }
die() { say "$*"; exit 1; }

free_port() {  # the wanted port if nothing listens on it, else one the kernel picks
    python3 - "$1" <<'EOF'
import socket, sys
for port in (int(sys.argv[1]), 0):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do: TIME_WAIT is no conflict
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(s.getsockname()[1])
        break
EOF
}

write_ini() {  # DIR HTTP_PORT SQL_PORT
    cat > "$1/virtuoso.ini" <<EOF
[Database]
DatabaseFile    = $1/dkb.db
ErrorLogFile    = $1/dkb.log
LockFile        = $1/dkb.lck
TransactionFile = $1/dkb.trx
xa_persistent_file = $1/dkb.pxa
TempStorage     = TempDatabase

[TempDatabase]
DatabaseFile    = $1/dkb-temp.db
TransactionFile = $1/dkb-temp.trx

[Parameters]
ServerPort          = 127.0.0.1:$3
DisableUnixSocket   = 1
DirsAllowed         = ., $1
CaseMode            = 2
NumberOfBuffers     = 85000
MaxDirtyBuffers     = 65000
MaxCheckpointRemap  = 2000
CheckpointInterval  = 60

[HTTPServer]
ServerPort           = 127.0.0.1:$2
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
ServerThreads        = 10
MaxClientConnections = 10
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryExecutionTime      = 60
; No refusal on the optimizer's estimate: it puts the country_pair timeline (a zero-or-one path)
; at 68,878 s on a 24k-triple corpus, where the query answers in 0.5 s. The time limit above holds.
MaxQueryCostEstimationTime = 0
EOF
}

isql_try() {  # SQL_PORT PASSWORD STATEMENTS; isql-vt exits 0 on failed statements, so read its output
    ISQL_OUT=$(isql-vt "127.0.0.1:$1" dba "$2" "EXEC=$3" 2>&1) || return 1
    ! grep -q '\*\*\* Error' <<<"$ISQL_OUT"
}

isql() { isql_try "$@" || die "SQL failed: $ISQL_OUT"; }

isql_again() {  # as isql, for grants a restarted database already holds
    isql_try "$@" || grep -q "already" <<<"$ISQL_OUT" || die "SQL failed: $ISQL_OUT"
}

endpoint_up() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/sparql?query=ASK%7B%7D"; }

load_state() {
    [ -f "$1/instance.env" ] || die "no Virtuoso was started in $1"
    # shellcheck disable=SC1091
    . "$1/instance.env"
}

start() {
    local dir http sql pw pid waited=0 limit="${VIRTUOSO_START_TIMEOUT:-120}"
    command -v virtuoso-t >/dev/null || die "virtuoso-t not found: run scripts/install_virtuoso.sh"
    mkdir -p "$1" && dir=$(cd "$1" && pwd)
    if [ -f "$dir/instance.env" ] && status "$dir" >/dev/null 2>&1; then
        load_state "$dir"; echo "http://127.0.0.1:$HTTP_PORT/sparql"; return 0
    fi
    http=$(free_port "${VIRTUOSO_HTTP_PORT:-18890}")
    sql=$(free_port "${VIRTUOSO_SQL_PORT:-11111}")
    [ -z "${VIRTUOSO_HTTP_PORT:-}" ] || [ "$http" = "$VIRTUOSO_HTTP_PORT" ] || die "HTTP port $VIRTUOSO_HTTP_PORT is taken"
    [ -z "${VIRTUOSO_SQL_PORT:-}" ] || [ "$sql" = "$VIRTUOSO_SQL_PORT" ] || die "SQL port $VIRTUOSO_SQL_PORT is taken"
    pw="${VIRTUOSO_DBA_PASSWORD:-dkb-dba}"
    write_ini "$dir" "$http" "$sql"
    # A database created earlier keeps its own dba password: remember which one it has.
    local oldpw=dba
    if [ -f "$dir/instance.env" ]; then oldpw=$(. "$dir/instance.env"; echo "$DBA_PASSWORD"); fi
    (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" </dev/null >"$dir/stdout.log" 2>&1) &
    pid=$!
    printf 'PID=%s\nHTTP_PORT=%s\nSQL_PORT=%s\nDBA_PASSWORD=%s\n' "$pid" "$http" "$sql" "$oldpw" > "$dir/instance.env"
    until endpoint_up "$http" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || die "virtuoso-t exited during start-up; see $dir/dkb.log: $(tail -n 5 "$dir/dkb.log" 2>/dev/null)"
        [ "$waited" -lt "$((limit * 4))" ] || { kill -TERM "$pid"; die "not ready after ${limit}s; see $dir/dkb.log"; }
        sleep 0.25; waited=$((waited + 1))
    done
    isql_again "$sql" "$oldpw" "GRANT SPARQL_UPDATE TO \"SPARQL\";"
    isql_again "$sql" "$oldpw" "DB.DBA.USER_CREATE('dkb_reader', 'dkb_reader');"
    isql_again "$sql" "$oldpw" "GRANT SPARQL_SELECT TO \"dkb_reader\";"
    if [ "$oldpw" != "$pw" ]; then
        isql "$sql" "$oldpw" "USER_SET_PASSWORD('dba', '$pw');"
        sed -i "s/^DBA_PASSWORD=.*/DBA_PASSWORD=$pw/" "$dir/instance.env"
    fi
    say "ready (pid $pid); SQL: isql-vt 127.0.0.1:$sql dba <password>; Digest-authenticated" \
        "endpoints: http://127.0.0.1:$http/sparql-auth and /sparql-graph-crud-auth (user dba)"
    echo "http://127.0.0.1:$http/sparql"
}

status() {
    load_state "$1"
    if kill -0 "$PID" 2>/dev/null && endpoint_up "$HTTP_PORT"; then
        echo "http://127.0.0.1:$HTTP_PORT/sparql"
    else
        say "not running (pid $PID, port $HTTP_PORT)"; return 1
    fi
}

stop() {
    local waited=0
    load_state "$1"
    kill -0 "$PID" 2>/dev/null || { say "not running"; return 0; }
    isql-vt "127.0.0.1:$SQL_PORT" dba "$DBA_PASSWORD" -K >/dev/null 2>&1 || kill -TERM "$PID" 2>/dev/null || true
    while kill -0 "$PID" 2>/dev/null; do
        [ "$waited" -lt 120 ] || { kill -KILL "$PID" 2>/dev/null; say "killed pid $PID"; break; }
        sleep 0.25; waited=$((waited + 1))
    done
    say "stopped"
}

case "${1:-}" in
    start|stop|status) [ -n "${2:-}" ] || die "usage: $0 $1 DIR"; "$1" "$2" ;;
    *) die "usage: $0 start|stop|status DIR" ;;
esac
