#!/usr/bin/env bash
# bench-latency without and then with a headless Chromium watching the web UI's live page, on the
# same build and machine, one after the other. Usage: tools/bench-latency-web.sh [SECONDS]
# Needs a built tree (mvn -B -q package -DskipTests; the web module's test classes too) and
# Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
port=18080
password=bench-$$
# In the reactor (not from ~/.m2): the web module's siblings resolve to their target/classes.
mvn -B -q test-compile dependency:build-classpath -pl web -am -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
cp="web/target/test-classes:web/target/classes:$(cat web/target/bench-classpath.txt)"

echo "=== without a browser"
java -jar tools/target/roller-tools.jar bench-latency --seconds "$secs"

echo "=== with a browser on the live page"
java -cp "$cp" org.rollerhub.web.testing.WatchLivePage "http://127.0.0.1:$port/" "$password" > /tmp/watch-live-page.$$.log 2>&1 &
watcher=$!
trap 'kill $watcher 2>/dev/null || true' EXIT
java -jar tools/target/roller-tools.jar bench-latency --seconds "$secs" --web-port "$port" --web-password "$password"
