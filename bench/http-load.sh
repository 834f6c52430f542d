#!/usr/bin/env bash
# Starts the benchmark's WildFly (provisioned by crm-bench, ports moved by 300) with crm.ear,
# loads the grid page with Gatling, samples the heap over the management port and writes the
# sections http.md and memory.md. Called by bench/run.sh, which sets the CRM_DB_* environment.
#   http-load.sh JBOSS_HOME HTTP_PORT MANAGEMENT_ADDRESS SECTIONS_DIR [MAVEN_OPTIONS...]
set -euo pipefail
home=$1 http_port=$2 management=$3 sections=$4
shift 4
maven_options=("$@")
root=$(cd "$(dirname "$0")/.." && pwd)
pid_file="$home/standalone/crm-bench.pid"
log="$home/standalone/log/crm-bench-http.log"

cli() {
    JBOSS_HOME="$home" "$home/bin/jboss-cli.sh" --connect --controller="$management" --command="$1"
}

heap_used_mb() {
    cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" \
        | awk -F'=> ' '/"used"/ {gsub(/[^0-9]/, "", $2); printf "%d\n", $2 / 1048576}'
}

stop_server() {
    if [[ -f "$pid_file" ]]; then
        local pid
        pid=$(cat "$pid_file")
        cli ":shutdown" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        rm -f "$pid_file"
    fi
    # The Arquillian run deploys crm.ear itself, so the scanned copy must not outlive this load.
    rm -f "$home/standalone/deployments/crm.ear" "$home/standalone/deployments/crm.ear."*
}
trap stop_server EXIT

cp "$root/crm-bench/target/crm.ear" "$home/standalone/deployments/crm.ear"
# The heap is capped at the target itself: used heap also counts garbage not yet collected, which a
# larger heap lets grow, so the cap shows whether the load fits in 512 MB.
JBOSS_PIDFILE="$pid_file" LAUNCH_JBOSS_IN_BACKGROUND=1 \
JAVA_OPTS="-Xms256m -Xmx512m -Djava.net.preferIPv4Stack=true -Duser.timezone=UTC -Dfile.encoding=UTF-8" \
    "$home/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 -Djboss.socket.binding.port-offset=300 \
    >"$log" 2>&1 &
for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "http://127.0.0.1:$http_port/crm/login"; then break; fi
    sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$http_port/crm/login" || { echo "Server did not deploy crm.ear; see $log" >&2; exit 1; }
heap_started=$(heap_used_mb)

gatling() {
    (cd "$root" && mvn -B -ntp -q -Pbench -pl crm-bench test-compile gatling:test "$@") | grep -vE '^\s*$' | tail -n 40
}

echo "Warm-up: 10 users, 10 grid pages each"
gatling -Dcrm.bench.http.users=10 -Dcrm.bench.http.requests=10 >/dev/null
heap_warm=$(heap_used_mb)

samples="$sections/heap-samples.txt"
: >"$samples"
( while true; do heap_used_mb >>"$samples" || true; sleep 2; done ) &
sampler=$!
echo "Load: 50 users"
rm -rf "$root/crm-bench/target/gatling"
gatling "${maven_options[@]}" | tee "$sections/gatling-console.txt"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
heap_after=$(heap_used_mb)
heap_max_config=$(cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" \
    | awk -F'=> ' '/"max"/ {gsub(/[^0-9]/, "", $2); printf "%d\n", $2 / 1048576}')

python3 "$root/bench/gatling-summary.py" "$root/crm-bench/target/gatling" >"$sections/http.md"
python3 - "$samples" "$heap_started" "$heap_warm" "$heap_after" "$heap_max_config" >"$sections/memory.md" <<'PY'
import sys
samples = [int(line) for line in open(sys.argv[1]) if line.strip()]
started, warm, after, configured = (int(value) for value in sys.argv[2:6])
peak = max(samples) if samples else after
limit = 512
verdict = ("met" if peak <= limit else "missed") + f" ({peak / limit:.2f}× the limit)"
print("## Server heap\n")
print(f"Heap used (MB) of the WildFly that serves the HTTP load, started with the heap capped at the "
      f"target (-Xmx512m, max {configured} MB), read with jboss-cli (/core-service=platform-mbean/type=memory). "
      "Used heap includes garbage not yet collected. With the cap, the load's error count above shows "
      "whether the server did its work within 512 MB.\n")
print("| after deployment | after warm-up | under load: samples, median / max | after load | target ≤ 512 MB under load |")
print("|---|---|---|---|---|")
median = sorted(samples)[len(samples) // 2] if samples else after
print(f"| {started} | {warm} | {len(samples)}, {median} / {peak} | {after} | {verdict} |\n")
PY
echo "HTTP load done"
