#!/bin/sh
# Checks the README's two commands on a fresh Debian 12: a debootstrapped root with only JDK 17 (headless), Maven and
# git, no X, no Chromium libraries, an empty Maven repository and no DISPLAY.
#
#   sudo scripts/check-fresh-debian.sh [--new-base] [REPOSITORY]
#
# REPOSITORY (default: this checkout) is cloned with git, so its committed HEAD is what gets checked. Steps:
#   1. as a user without root and without a terminal: `./cefshell run apps/hello` and `mvn test` must each stop
#      with one line naming the command that installs the packages;
#   2. as root, as in a container: `./cefshell run apps/hello` installs the packages, builds and runs the app (its
#      page must print "pong", with no escape codes in the output), then `mvn test` must pass;
#   3. `mvn install -DskipTests`, then examples/hello-swing (a Maven project depending on the installed cefshell)
#      builds and its HelloSwing starts and keeps running.
# The base root (debootstrap + the three packages) is kept in $CEFSHELL_FRESH_DIR (default /tmp/cefshell-fresh-debian)
# and copied for each check; --new-base makes it again. Needs root, debootstrap and network access to a Debian
# mirror ($DEBIAN_MIRROR, default http://deb.debian.org/debian) and to Maven Central. Takes 10 to 30 minutes.
set -eu
src_default=$(cd "$(dirname "$0")/.." && pwd)
new_base=0
if [ "${1:-}" = --new-base ]; then new_base=1; shift; fi
src=${1:-$src_default}
dir=${CEFSHELL_FRESH_DIR:-/tmp/cefshell-fresh-debian}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base="$dir/base"
run="$dir/run"

[ "$(id -u)" = 0 ] || { echo "check-fresh-debian: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check-fresh-debian: needs debootstrap: apt-get install debootstrap" >&2; exit 2; }

unmount() {
  for root in "$run" "$base"; do
    for m in dev/pts dev sys proc; do
      if mountpoint -q "$root/$m" 2>/dev/null; then umount -l "$root/$m"; fi
    done
  done
}
trap unmount EXIT

fail() {
  echo "check-fresh-debian: FAILED: $*" >&2
  exit 1
}

failures=0
problem() { # a failed check after which the next steps still make sense
  echo "check-fresh-debian: FAILED: $*" >&2
  failures=$((failures + 1))
}

step() {
  echo
  echo "=== $*"
}

if [ "$new_base" = 1 ] || [ ! -x "$base/usr/bin/mvn" ]; then
  step "making the base root: debootstrap bookworm, then openjdk-17-jdk-headless maven git"
  rm -rf "$base"
  mkdir -p "$dir"
  debootstrap --variant=minbase bookworm "$base" "$mirror" >"$dir/debootstrap.log" 2>&1 \
    || { tail -20 "$dir/debootstrap.log"; exit 1; }
  cp /etc/resolv.conf "$base/etc/resolv.conf"
  # the JDK's post-install script runs java, which needs /proc
  for m in proc sys dev dev/pts; do mount --bind "/$m" "$base/$m"; done
  chroot "$base" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends openjdk-17-jdk-headless maven git ca-certificates >/dev/null && apt-get clean'
  unmount
fi

step "a fresh copy of the base root"
unmount
rm -rf "$run"
cp -a "$base" "$run"
for m in proc sys dev dev/pts; do mount --bind "/$m" "$run/$m"; done
chroot "$run" sh -c 'useradd -m dev; java -version 2>&1 | head -n 1; mvn -v 2>/dev/null | head -n 1; git --version;
  echo "Xvfb: $(command -v Xvfb || echo none)"; echo "AWT: $(ls /usr/lib/jvm/*/lib/libawt_xawt.so 2>/dev/null || echo none)";
  echo "libnss3: $(ls /usr/lib/x86_64-linux-gnu/libnss3.so 2>/dev/null || echo none)"; echo "Maven repository: $(ls ~/.m2 2>/dev/null || echo empty)"'
# The host's own CA certificates too: on a network that intercepts TLS, Maven Central is reachable only with them.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$run/usr/local/share/ca-certificates/"
  chroot "$run" update-ca-certificates >/dev/null 2>&1
  echo "added the host's extra CA certificates: $(cd /usr/local/share/ca-certificates && echo *.crt)"
fi
git clone -q "file://$src" "$run/home/dev/cefshell"
echo "cloned $(git -C "$run/home/dev/cefshell" log --oneline -1)"
chroot "$run" chown -R dev:dev /home/dev/cefshell

# Runs $2 in the clone as user $1 (root or dev), without DISPLAY and without a terminal; prints its output.
in_root() {
  chroot "$run" /usr/bin/env -i HOME="$( [ "$1" = root ] && echo /root || echo /home/dev )" PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 setpriv --reuid="$1" --regid="$1" --init-groups \
    sh -c "cd /home/dev/cefshell && $2" </dev/null
}

step "1a. as a user, no terminal: ./cefshell run apps/hello"
set +e
in_root dev './cefshell run apps/hello' >"$dir/1a.log" 2>&1
code=$?
set -e
cat "$dir/1a.log"; echo "(exit $code)"
[ "$code" = 1 ] || fail "exit $code, expected 1"
grep -q "install them with:  sudo ./scripts/install-debian-deps.sh" "$dir/1a.log" || fail "no install command named"

step "1b. as a user, packages still missing: mvn test"
set +e
in_root dev 'mvn -B test' >"$dir/1b.log" 2>&1
code=$?
set -e
grep -v "Download" "$dir/1b.log" | grep -e "ERROR.*check-system-packages" -e "BUILD"; echo "(exit $code)"
[ "$code" != 0 ] || fail "mvn test passed without the packages"
grep -q "Install them with:  sudo" "$dir/1b.log" || fail "no install command named"
! grep -q "forked VM" "$dir/1b.log" || fail "a crashed fork"

step "2a. as root: ./cefshell run apps/hello (stopped once its page printed pong)"
cat >"$run/tmp/hello.sh" <<'EOF'
./cefshell run apps/hello >/tmp/hello.log 2>&1 &
pid=$!
i=0
while [ $i -lt 1800 ] && kill -0 $pid 2>/dev/null && ! grep -q "pong" /tmp/hello.log; do sleep 1; i=$((i + 1)); done
sleep 2
kill -TERM $pid 2>/dev/null
wait $pid
echo "(exit $? after ${i} s; 143 is the TERM that stopped it)"
EOF
in_root root 'sh /tmp/hello.sh' | cat
cat "$run/tmp/hello.log"
grep -q "\[page log\] pong" "$run/tmp/hello.log" || fail "the page printed no pong"
! grep -q "$(printf '\033')" "$run/tmp/hello.log" || fail "escape codes in the output"

step "2b. as root: mvn test"
set +e
in_root root 'mvn -B test' >"$dir/2b.log" 2>&1
code=$?
set -e
grep -e "Tests run:.*Fail" -e "BUILD" -e "ERROR" "$dir/2b.log" | grep -v "Tests run:.*, Time elapsed" | tail -n 12
echo "(exit $code)"
[ "$code" = 0 ] || problem "mvn test failed (its whole output: $dir/2b.log)"

step "3. as root: mvn install -DskipTests, then the Swing example of examples/hello-swing built and started on it"
cat >"$run/tmp/consumer.sh" <<'EOF'
mvn -B -q install -DskipTests >/tmp/install.log 2>&1 || { cat /tmp/install.log; exit 1; }
cd examples/hello-swing && mvn -B -q package >/tmp/consumer.log 2>&1 || { cat /tmp/consumer.log; exit 1; }
echo "built: $(ls target/classes) with $(ls target/lib | wc -l) jars in target/lib"
java -cp "target/lib/*" cefshell.internal.display.PrivateDisplayLauncher \
  java -cp "target/classes:target/lib/*" HelloSwing >/tmp/swing.log 2>&1 &
pid=$!
sleep 30
if kill -0 $pid 2>/dev/null; then echo "HelloSwing still running after 30 s"; kill -TERM $pid; wait $pid; exit 0; fi
cat /tmp/swing.log; echo "HelloSwing ended early"; exit 1
EOF
if in_root root 'sh /tmp/consumer.sh'; then
  ! grep -q -e "Exception" -e "rror" "$run/tmp/swing.log" || { cat "$run/tmp/swing.log"; problem "errors from HelloSwing"; }
else
  problem "the consumer project"
fi
[ "$failures" = 0 ] || fail "$failures of the checks above"
step "passed: both README commands work on a fresh Debian 12"
