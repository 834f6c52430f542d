#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster unless a server accepts connections on 127.0.0.1:5432,
# then waits until it does.
set -euo pipefail

if pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "PostgreSQL is accepting connections on 127.0.0.1:5432"
    exit 0
fi
version=$(ls /etc/postgresql | sort -n | tail -n 1)
echo "Starting PostgreSQL $version"
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 30); do
    if pg_isready -q -h 127.0.0.1 -p 5432; then
        echo "PostgreSQL is up"
        exit 0
    fi
    sleep 1
done
echo "PostgreSQL did not start within 30 s; see /var/log/postgresql/" >&2
exit 1
