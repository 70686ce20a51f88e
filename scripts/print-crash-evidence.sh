#!/bin/sh
# After a failed `mvn test`: print what a crashed or killed test JVM left behind, shortest first, so a log that keeps
# only its end still shows why. JVM crash logs (hs_err_pid*.log: the signal, the native and Java frames), surefire's
# dump streams (a forked JVM's stray stdout/stderr: Chromium's FATAL lines end up there) and .dump files (a fork that
# timed out or could not start).
cd "$(dirname "$0")/.."
found=0
for f in $(ls -tr */hs_err_pid*.log */target/surefire-reports/*.dumpstream */target/surefire-reports/*.dump \
    2>/dev/null); do
  found=1
  echo "======== $f"
  case "$f" in
    *hs_err_pid*)
      # The header (signal, problematic frame), the crashing thread's frames, then the last events.
      sed -n '1,/^Registers:/p' "$f" | head -n 80
      sed -n '/^Events (/,/^$/p' "$f" | tail -n 25 ;;
    *)
      grep -v -E '^(Corrupted channel|# Created at)' "$f" | tail -n 60 ;;
  esac
done
[ "$found" = 1 ] || echo "(no JVM crash log or surefire dump file)"
