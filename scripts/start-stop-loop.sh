#!/bin/sh
# Start/stop loop: runs N fresh JVMs one after another, each doing Shell.start -> open a window -> one IPC round
# trip -> quit (cefshell.testing.StartStopMain), under a parallel CPU load, and counts the crashes. It guards against
# start-up races that only show now and then on a busy machine, such as the JVM dying in libc's getenv while
# Chromium starts. Too slow for CI (a few seconds per JVM); run it by hand after touching start-up code.
#
#   scripts/start-stop-loop.sh [runs]      default 50 runs
#   LOAD=2   number of busy processes (`yes > /dev/null`) kept running for the loop's duration (0: none)
#
# Each JVM is started the way the test JVMs are: through native-loader/bin/java-with-display, which gives it a
# private Xvfb and the environment Chromium needs. Builds the project first if it has not been built
# (mvn -DskipTests package also compiles the test classes). Exits 0 only if every run exited 0 with no hs_err file.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-50}
load=${LOAD:-2}
jar="$root/shell/target/cefshell.jar"
main_class="$root/shell/target/test-classes/cefshell/testing/StartStopMain.class"

if [ ! -f "$jar" ] || [ ! -f "$main_class" ] || [ ! -d "$root/native-loader/target/classes" ]; then
  echo "start-stop-loop: building (mvn -DskipTests package)..." >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2 || exit 1
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/cefshell-start-stop-XXXXXX")
loaders=""
stop_load() {
  for pid in $loaders; do kill "$pid" 2>/dev/null; done
  loaders=""
}
trap 'stop_load' EXIT
trap 'stop_load; exit 130' INT TERM
i=0
while [ "$i" -lt "$load" ]; do
  yes > /dev/null &
  loaders="$loaders $!"
  i=$((i + 1))
done

echo "start-stop-loop: $runs runs, load $load busy processes on $(nproc) cores, logs in $out"
ok=0 crashed=0 failed=0
n=1
while [ "$n" -le "$runs" ]; do
  log="$out/run-$n.log"
  started=$(date +%s%N)
  CEFSHELL_HEADLESS=1 CEFSHELL_REAL_JAVA=${CEFSHELL_REAL_JAVA:-java} timeout 180 \
    "$root/native-loader/bin/java-with-display" \
    --add-exports java.base/java.lang=ALL-UNNAMED --add-exports java.desktop/sun.awt=ALL-UNNAMED \
    --add-exports java.desktop/sun.java2d=ALL-UNNAMED "-XX:ErrorFile=$out/hs_err_run$n.log" \
    -cp "$jar:$root/shell/target/test-classes" cefshell.testing.StartStopMain > "$log" 2>&1
  code=$?
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  detail=$(grep -h 'START-STOP' "$log" | tail -n 1)
  if [ -f "$out/hs_err_run$n.log" ]; then
    crashed=$((crashed + 1))
    frame=$(grep -m 1 -A 1 '^# Problematic frame:' "$out/hs_err_run$n.log" | tail -n 1)
    echo "run $n: CRASH exit $code after $ms ms: $frame (hs_err_run$n.log)"
  elif [ "$code" -ne 0 ]; then
    failed=$((failed + 1))
    echo "run $n: FAIL exit $code after $ms ms: $(tail -n 1 "$log")${detail:+ (after: $detail)}"
  else
    ok=$((ok + 1))
    echo "run $n: ok $ms ms ($detail)"
  fi
  n=$((n + 1))
done
stop_load
echo "start-stop-loop: $runs runs: $ok ok, $crashed crashed (hs_err), $failed failed otherwise; load $load;" \
  "logs in $out"
[ "$ok" -eq "$runs" ]
