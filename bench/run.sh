#!/usr/bin/env bash
# The benchmark. It fills a PostgreSQL database with demo data and times the grid, the transfer and
# the bulk transfer inside WildFly (crm-bench, Arquillian). Then it loads the grid page over HTTP with
# Gatling, reads the server's heap, and writes bench/results/latest.md plus a dated copy.
#   bench/run.sh [--customers N] [--salespeople N] [--shares N] [--database NAME] [--keep-data] [--quick]
# Defaults: 1,000,000 customers, 500 salespeople, 50,000 shares, database crm_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

customers=1000000
salespeople=500
shares=50000
database=crm_bench
keep_data=false
bench_options=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --customers) customers=$2; shift 2 ;;
        --salespeople) salespeople=$2; shift 2 ;;
        --shares) shares=$2; shift 2 ;;
        --database) database=$2; shift 2 ;;
        --keep-data) keep_data=true; shift ;;
        --quick)
            # Fewer repetitions, for trying the benchmark out; the figures are rougher.
            bench_options=(-Dcrm.bench.grid.iterations=10 -Dcrm.bench.grid.warmup=3 -Dcrm.bench.transfer.count=50
                -Dcrm.bench.http.requests=10)
            shift ;;
        *) echo "Unknown option: $1 (see the usage at the top of $0)" >&2; exit 2 ;;
    esac
done

maven=(mvn -B -ntp)
export MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g"
bench_home="$root/crm-bench/target/wildfly-39.0.1.Final"
sections="$root/crm-bench/target/bench-results"
http_port=8380
management="127.0.0.1:10290"
export CRM_DB_DRIVER=postgresql
export CRM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database"
export CRM_DB_USER=postgres
export CRM_DB_PASSWORD=postgres
export CRM_DEMO_DATA=false

seconds_since() {
    echo $(( $(date +%s) - $1 ))
}

echo "== PostgreSQL"
bash .ci/start-postgresql.sh

echo "== Build"
build_start=$(date +%s)
"${maven[@]}" -q -Pbench install -DskipTests
echo "Build took $(seconds_since "$build_start") s"

fill_seconds="not run (--keep-data)"
if [[ $keep_data == false ]]; then
    echo "== Demo data: $customers customers, $salespeople salespeople, $shares shares into $database"
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    fill_start=$(date +%s)
    "${maven[@]}" -q -pl crm-ejb exec:java -Dexec.mainClass=cn.salescrm.service.demo.DemoDataCommand \
        -Dexec.classpathScope=compile \
        -Dexec.args="--url $CRM_DB_URL --user postgres --customers $customers --salespeople $salespeople --shares $shares"
    psql -h 127.0.0.1 -U postgres -d "$database" -q -c "VACUUM ANALYZE"
    fill_seconds="$(seconds_since "$fill_start") s"
    echo "Fill took $fill_seconds (with VACUUM ANALYZE)"
fi

echo "== In-container benchmarks (grid, transfer, bulk transfer)"
rm -rf "$sections"
# A copy left in the scanned folder by an interrupted HTTP load would clash with Arquillian's deployment.
rm -f "$bench_home/standalone/deployments/crm.ear" "$bench_home/standalone/deployments/crm.ear."*
"${maven[@]}" -Pbench -pl crm-bench verify "${bench_options[@]}" \
    -Dcrm.bench.results.dir="$sections" | grep -E 'Tests run|ERROR|BUILD' || true
for section in grid transfer bulk; do
    [[ -f "$sections/$section.md" ]] || { echo "Missing result section $section; see crm-bench/target/failsafe-reports" >&2; exit 1; }
done

echo "== HTTP load on the grid page"
bash bench/http-load.sh "$bench_home" "$http_port" "$management" "$sections" "${bench_options[@]}"

echo "== Results"
bash bench/write-results.sh "$sections" "$customers" "$salespeople" "$shares" "$database" "$fill_seconds"
