#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on loopback and prints its DATABASE_URL.
# The server binaries are on the machine; initdb refuses root, so the cluster belongs to 'postgres'.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
# Take the first free port from there, so that a server already running is left alone.
while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PGBIN/initdb" ] || PGBIN="$(dirname "$(command -v initdb)")"
DIR="$(mktemp -d /tmp/zhixing-pg.XXXXXX)"
chown postgres:postgres "$DIR"
RUN_AS=(runuser -u postgres --)
[ "$(id -u)" = 0 ] || RUN_AS=()
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PGPORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
