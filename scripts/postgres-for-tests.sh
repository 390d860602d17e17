#!/usr/bin/env bash
# Starts a local PostgreSQL (Debian's packages) on loopback and creates a throw-away database.
# Prints the connection URL on stdout. Used by .ci/run; needs root (apt-get, runuser).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null; then
	echo "Installing PostgreSQL from Debian's packages…" >&2
	apt-get update -qq >&2
	apt-get install -y -qq postgresql > /dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
	pg_createcluster "$version" main > /dev/null
fi
# Loopback only.
pg_conftool "$version" main set listen_addresses 'localhost' > /dev/null
if ! pg_ctlcluster "$version" main status > /dev/null 2>&1; then
	pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
cd /tmp
runuser -u postgres -- psql -p "$port" -qtc \
	"DO \$\$ BEGIN CREATE ROLE smc_test LOGIN PASSWORD 'smc_test'; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$;" > /dev/null
runuser -u postgres -- dropdb -p "$port" --if-exists smc_test
runuser -u postgres -- createdb -p "$port" -O smc_test smc_test
echo "postgres://smc_test:smc_test@127.0.0.1:${port}/smc_test"
