#!/usr/bin/env bash
# Footprint of `roller-hub run` with the JVM options that the package gives the service
# (DEFAULT_JAVA_OPTS in src/deb/bin/roller-hub), publishing to a mosquitto on a free loopback port:
#  live:   one simulated 1 kHz roller over TCP in real time (roller-sim serve, seed 7) for
#          --live-seconds: start-up to the first connected roller, CPU share of the roller, RSS;
#  replay: a generated capture of about an hour (--replay-sessions 18 sessions at 1 kHz, seed 9)
#          played with `run --file --replay-speed X` to its end: RSS over the whole hour, sampled
#          every second; "steady" compares the last quarter with the second.
# Prints the figures (docs/measurements.md, "Footprint"), and fails when the peak RSS of either
# phase is over --max-rss-mb (150) or the replay's RSS grows by more than --max-growth-mb (10).
# The web UI is served in both phases (as the package's default configuration does); with --browser
# a headless Chromium (Debian's, through the web module's WatchLivePage) is logged in and watches
# the live page during the live phase, so the hub also pushes every live update to a page.
# Usage: packaging/footprint.sh [--live-seconds 120] [--replay-sessions 18] [--replay-speed 20]
#        [--browser] [--java-opts "..."] (to compare other JVM options with the package's)
# Needs the jars (mvn -B -q package -DskipTests), mosquitto and mosquitto_sub. Takes about
# live-seconds plus an hour / replay-speed (5-6 min with the defaults): not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."

live_s=120; sessions=18; speed=20; max_rss=150; max_growth=10; java_opts=""; browser=0
while [ $# -gt 0 ]; do
  case $1 in
    --live-seconds) live_s=$2; shift 2;;
    --replay-sessions) sessions=$2; shift 2;;
    --replay-speed) speed=$2; shift 2;;
    --max-rss-mb) max_rss=$2; shift 2;;
    --max-growth-mb) max_growth=$2; shift 2;;
    --java-opts) java_opts=$2; shift 2;;
    --browser) browser=1; shift;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2;;
  esac
done
for n in "$live_s" "$sessions" "$speed" "$max_rss" "$max_growth"; do
  [[ $n =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "options take whole numbers > 0, got '$n'" >&2; exit 2; }
done
hub_jar=hub/target/roller-hub.jar; sim_jar=firmware-sim/target/roller-sim.jar
for f in "$hub_jar" "$sim_jar"; do [ -f "$f" ] || { echo "missing $f: mvn -B -q package -DskipTests" >&2; exit 2; }; done
command -v mosquitto >/dev/null && command -v mosquitto_sub >/dev/null || { echo "needs mosquitto and mosquitto_sub" >&2; exit 2; }

opts=${java_opts:-$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' packaging/src/deb/bin/roller-hub)}
[ -n "$opts" ] || { echo "no DEFAULT_JAVA_OPTS in packaging/src/deb/bin/roller-hub" >&2; exit 2; }
work=$(mktemp -d /tmp/roller-footprint.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
clk=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo -1; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
now_ms() { date +%s%3N; }
failed=0; passed=0
verdict() { if [ "$1" = ok ]; then passed=$((passed + 1)); echo "ok: $2"; else failed=$((failed + 1)); echo "FAILED: $2"; fi; }

web_port=$(free_port)
export ROLLER_WEB_PASSWORD=footprint-$$   # the web UI's login (read by run from the environment)
if [ "$browser" -eq 1 ]; then
  # The watcher's class path, in the reactor (not from ~/.m2): the web module's siblings resolve to their target/classes.
  mvn -B -q test-compile dependency:build-classpath -pl web -am -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log"; exit 1; }
fi
mq_port=$(free_port)
mosquitto -p "$mq_port" > "$work/mosquitto.log" 2>&1 & pids+=($!)
sleep 0.5
mosquitto_sub -p "$mq_port" -t 'roller/+/session' -v > "$work/summaries.txt" 2>/dev/null & pids+=($!)
echo "JVM options: $opts"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"

# --- live: one 1 kHz roller over TCP in real time ------------------------------------------------
sim_port=$(free_port)
java -Xmx64m -jar "$sim_jar" serve --tcp "$sim_port" --seed 7 --imu-hz 1000 > "$work/sim.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$sim_port") 2>/dev/null && break; sleep 0.1; done
# A hub creates its history's schema on its first start only; the start-up figure is every later one's.
mkdir -p "$work/live"
java $opts -jar "$hub_jar" history --data-dir "$work/live" > /dev/null 2>&1 || true
t0=$(now_ms)
# shellcheck disable=SC2086
java $opts -jar "$hub_jar" run --tcp "127.0.0.1:$sim_port" --broker "tcp://127.0.0.1:$mq_port" \
  --web-port "$web_port" --data-dir "$work/live" > /dev/null 2> "$work/live.err" & hub=$!; pids+=($hub)
t_conn=""
for _ in $(seq 1 600); do
  if grep -q ": connected" "$work/live.err"; then t_conn=$(( $(now_ms) - t0 )); break; fi
  sleep 0.05
done
[ -n "$t_conn" ] || { cat "$work/live.err"; echo "the hub did not connect to the simulated roller in 30 s" >&2; exit 1; }
echo "live: start-up to the first connected roller: $t_conn ms"
grep -q "web UI at" "$work/live.err" || { cat "$work/live.err"; echo "the hub did not start its web UI" >&2; exit 1; }
if [ "$browser" -eq 1 ]; then
  # Started once the roller is connected: Chromium's own start-up would otherwise share the cores with the hub's.
  java -cp "web/target/test-classes:web/target/classes:$(cat web/target/bench-classpath.txt)" \
    org.rollerhub.web.testing.WatchLivePage "http://127.0.0.1:$web_port/" "$ROLLER_WEB_PASSWORD" > "$work/watch.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do grep -q "^watching" "$work/watch.log" && break; sleep 1; done
  grep "^watching" "$work/watch.log" || { cat "$work/watch.log"; echo "no browser on the live page" >&2; exit 1; }
fi
warm=$(( live_s / 4 )); peak=0
for _ in $(seq 1 "$warm"); do r=$(rss_kb "$hub"); [ "$r" -gt "$peak" ] && peak=$r; sleep 1; done
c0=$(cpu_ticks "$hub"); w0=$(now_ms)
for _ in $(seq 1 $(( live_s - warm ))); do r=$(rss_kb "$hub"); [ "$r" -gt "$peak" ] && peak=$r; sleep 1; done
c1=$(cpu_ticks "$hub"); w1=$(now_ms)
kill -0 "$hub" 2>/dev/null || { cat "$work/live.err"; echo "the hub stopped during the live phase" >&2; exit 1; }
cpu_pct=$(awk -v c=$(( c1 - c0 )) -v hz="$clk" -v ms=$(( w1 - w0 )) 'BEGIN { printf "%.2f", 100 * c / hz / (ms / 1000) }')
echo "live: CPU of the hub for one 1 kHz roller, after ${warm} s of warm-up: $cpu_pct % of one core"
echo "live: peak RSS $(( peak / 1024 )) MB, at the end $(( $(rss_kb "$hub") / 1024 )) MB"
kill "$hub"; wait "$hub" 2>/dev/null || true
[ $(( peak / 1024 )) -le "$max_rss" ] && verdict ok "live peak RSS $(( peak / 1024 )) MB <= $max_rss MB" \
  || verdict bad "live peak RSS $(( peak / 1024 )) MB > $max_rss MB"

# --- replay: about an hour of 1 kHz roller at speed ------------------------------------------------
java -Xmx256m -jar "$sim_jar" generate --seed 9 --sessions "$sessions" --imu-hz 1000 --out "$work/cap" > "$work/gen.log" 2>&1
span_s=$(python3 -c 'import json,sys; print(round(sum(s["durationS"] for s in json.load(open(sys.argv[1]))["sessions"])))' "$work/cap/sim-9.json")
echo "replay: $(cat "$work/gen.log"); ${span_s} s of sessions, at ${speed}x"
before=$(grep -c . "$work/summaries.txt" || true)
t0=$(now_ms)
# shellcheck disable=SC2086
java $opts -jar "$hub_jar" run --file "$work/cap/sim-9.rlr" --replay-speed "$speed" --web-port "$web_port" \
  --broker "tcp://127.0.0.1:$mq_port" --data-dir "$work/replay" > /dev/null 2> "$work/replay.err" & hub=$!; pids+=($hub)
samples=()
while kill -0 "$hub" 2>/dev/null; do r=$(rss_kb "$hub"); [ "$r" -gt 0 ] && samples+=("$r"); sleep 1; done
wait "$hub" && rc=0 || rc=$?
wall=$(( ($(now_ms) - t0) / 1000 ))
sleep 1
published=$(( $(grep -c . "$work/summaries.txt" || true) - before ))
echo "replay: exit $rc after $wall s (about $(( wall * speed / 60 )) min of capture at ${speed}x); ${#samples[@]} RSS samples; summaries published: $published of $sessions"
printf '%s\n' "${samples[@]}" | awk -v n="${#samples[@]}" '
  { v[NR] = $1 / 1024; if ($1 / 1024 > peak) peak = $1 / 1024 }
  END {
    q = int(n / 4); if (q < 1) q = 1
    for (i = q + 1; i <= 2 * q; i++) { s2 += v[i]; if (v[i] > m2) m2 = v[i] }
    for (i = n - q + 1; i <= n; i++) { s4 += v[i]; if (v[i] > m4) m4 = v[i] }
    printf "replay: RSS peak %.0f MB; second quarter mean %.0f MB (max %.0f); last quarter mean %.0f MB (max %.0f)\n", peak, s2 / q, m2, s4 / q, m4
    printf "%.0f %.0f %.0f\n", peak, s2 / q, s4 / q > "/dev/stderr"
  }' 2> "$work/rss.txt"
read -r peak_mb q2_mb q4_mb < "$work/rss.txt"
[ "$rc" -eq 0 ] && verdict ok "replay ran to the end of the capture" || { tail -20 "$work/replay.err"; verdict bad "replay exit code $rc"; }
[ "$published" -eq "$sessions" ] && verdict ok "all $sessions summaries reached the broker" || verdict bad "$published of $sessions summaries reached the broker"
[ "$peak_mb" -le "$max_rss" ] && verdict ok "replay peak RSS $peak_mb MB <= $max_rss MB" || verdict bad "replay peak RSS $peak_mb MB > $max_rss MB"
[ $(( q4_mb - q2_mb )) -le "$max_growth" ] && verdict ok "steady: last quarter $q4_mb MB vs second quarter $q2_mb MB" \
  || verdict bad "RSS grew from $q2_mb MB to $q4_mb MB (more than $max_growth MB)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
