#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL, then makes a fresh, empty test database named
# by the first argument (default zim_console_e2e). Prints the DATABASE_URL to use on its last line.
set -euo pipefail
database="${1:-zim_console_e2e}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing Debian's postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^${version} main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

as_postgres() { su postgres -c "$1" >&2; }
as_postgres "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zim') THEN CREATE ROLE zim LOGIN PASSWORD 'zim'; END IF; END \\\$\\\$;\""
as_postgres "dropdb --if-exists $database"
as_postgres "createdb -O zim $database"

echo "postgres://zim:zim@127.0.0.1:5432/$database"
