#!/usr/bin/env bash
# Joins the result sections into bench/results/latest.md and a dated copy, with the machine and
# the data size, and prints the page. Called by bench/run.sh.
#   write-results.sh SECTIONS_DIR CUSTOMERS SALESPEOPLE SHARES DATABASE FILL_TIME
set -euo pipefail
sections=$1 customers=$2 salespeople=$3 shares=$4 database=$5 fill=$6
root=$(cd "$(dirname "$0")/.." && pwd)
results="$root/bench/results"
mkdir -p "$results"
page="$results/latest.md"
rows=$(psql -h 127.0.0.1 -U postgres -d "$database" -Atc \
    "SELECT sum(n_live_tup) FROM pg_stat_user_tables" 2>/dev/null || echo "?")

{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)."
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| data | $customers customers, $salespeople salespeople, $shares shares (database \`$database\`, about $rows rows after the run) |"
    echo "| demo data fill | $fill |"
    echo "| cores (nproc) | $(nproc) |"
    echo "| CPU | $(lscpu | awk -F': *' '/Model name/ {print $2; exit}') |"
    echo "| memory (free -g) | $(free -g | awk '/^Mem:/ {print $2 " GB total, " $7 " GB available"}') |"
    echo "| PostgreSQL | $(psql -h 127.0.0.1 -U postgres -Atc 'SHOW server_version') on 127.0.0.1, default settings |"
    echo "| Java | $(java -version 2>&1 | head -n 1) |"
    echo "| server | WildFly 39.0.1.Final, EclipseLink 4.0.9, pool of 30 connections; -Xmx1g for the in-container benchmarks, -Xmx512m for the HTTP load |"
    echo
    echo "The server, the database and the load generator share the machine, so every figure"
    echo "includes their competition for the same cores."
    echo
    for section in grid transfer bulk http memory grid-plans; do
        if [[ -f "$sections/$section.md" ]]; then
            cat "$sections/$section.md"
            echo
        else
            echo "## $section: missing"
            echo
            echo "This part of the run did not finish; see the output of bench/run.sh."
            echo
        fi
    done
} >"$page"
cp "$page" "$results/$(date -u '+%Y-%m-%d')-$customers-customers.md"
sed '/^## Grid query plans/,$d' "$page"
echo "Results: $page"
