#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `cluster.sh start DIR` makes and starts one in DIR (a new folder),
# listening only on a Unix socket in DIR; `cluster.sh stop DIR` stops it and removes DIR. ctest runs them as the
# setup and cleanup of the fixture "pg_cluster", so the cleanup runs whatever the tests did; a watchdog started
# with the cluster also stops it when the ctest that started it is gone (killed, timed out).
#
# When no PostgreSQL server is installed, start writes DIR/unavailable with the reason and succeeds: the tests
# that need the cluster then report themselves skipped with that reason (exit 77), never passed.
set -euo pipefail

cmd=${1:?usage: cluster.sh start|stop DIR}
dir=${2:?usage: cluster.sh start|stop DIR}

# The newest installed server (Debian keeps each major version in /usr/lib/postgresql/N/bin).
bindir=
for d in /usr/lib/postgresql/*/bin; do
  [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && bindir=$d
done

# initdb and the server refuse to run as root: as root, run them as the postgres user.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [[ -f "$dir/data/postmaster.pid" && -n "$bindir" ]]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [[ -f "$dir/watchdog.pid" ]] && kill "$(cat "$dir/watchdog.pid")" 2>/dev/null || true
  rm -rf "$dir"
}

case $cmd in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ -z "$bindir" ]]; then
      echo "no PostgreSQL server is installed (/usr/lib/postgresql/*/bin/initdb): install postgresql" >"$dir/unavailable"
      echo "cluster.sh: $(cat "$dir/unavailable"); the PostgreSQL tests will be skipped" >&2
      exit 0
    fi
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
      echo "there is no postgres user to run the server as (initdb refuses root)" >"$dir/unavailable"
      echo "cluster.sh: $(cat "$dir/unavailable"); the PostgreSQL tests will be skipped" >&2
      exit 0
    fi
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    # Trust on the socket only: the folder is the cluster's and nothing listens on TCP. fsync is off because
    # a crash of this cluster loses nothing anybody needs; the crash tests kill clients, not the server.
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses= -c fsync=off -c max_connections=100" start >/dev/null
    echo "host=$dir user=postgres dbname=postgres" >"$dir/conninfo"
    # The watchdog: ctest is this script's parent. When it is gone, the cluster goes too.
    parent=$PPID
    (
      trap '' HUP
      while kill -0 "$parent" 2>/dev/null && [[ -d "$dir" ]]; do sleep 2; done
      if [[ -d "$dir" ]]; then
        rm -f "$dir/watchdog.pid"
        stop
      fi
    ) </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/watchdog.pid"
    echo "cluster.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on the socket in $dir" >&2
    ;;
  stop) stop ;;
  *)
    echo "usage: cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
