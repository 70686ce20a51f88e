#!/bin/sh
# What cefshell needs from Debian or Ubuntu besides a JDK and Maven: a virtual X server (Chromium needs X even
# off-screen), the shared libraries Chromium and Java's AWT load, x11-utils (the tests list the windows Chromium opens), and the JDK's AWT part when only a headless JDK
# is installed; and fakeroot, which jpackage runs dpkg-deb under for `shell package --type deb` (and its test).
#
#   sudo scripts/install-debian-deps.sh   installs what is missing (apt-get, as root)
#   scripts/install-debian-deps.sh --list   prints the missing packages on one line (nothing when none is missing)
#   scripts/install-debian-deps.sh --check  exit 1, with one line naming the missing packages and this script
#   scripts/install-debian-deps.sh --explain   that line, or nothing; always exit 0 (for the build's own check)
#
# JAVA names the java that will run cefshell (default: java on PATH). On a system without dpkg (not Debian or
# Ubuntu) nothing can be checked: --list prints nothing and --check passes; cefshell's own preflight then names any
# missing library when Chromium starts.
set -e
PACKAGES="xvfb xauth x11-utils libnss3 libnspr4 libatk1.0-0 libatk-bridge2.0-0 libatspi2.0-0 libcups2 libdrm2 libgbm1 \
  libxkbcommon0 libxshmfence1 libasound2 libdbus-1-3 libexpat1 libglib2.0-0 libpango-1.0-0 libcairo2 libgtk-3-0 \
  libx11-6 libx11-xcb1 libxcb1 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2 libxi6 libxtst6 \
  libxrender1 libgl1 libegl1 libfreetype6 libfontconfig1 fonts-dejavu-core fakeroot"

# openjdk-17-jre when the java that runs cefshell comes from openjdk-17-jre-headless, which lacks AWT's X11 library.
awt_package() {
  java=$(command -v "${JAVA:-java}" 2>/dev/null) || return 0
  java=$(readlink -f "$java")
  [ -e "$(dirname "$java")/../lib/libawt_xawt.so" ] && return 0
  owner=$(dpkg-query -S "$java" 2>/dev/null | cut -d: -f1) || return 0
  case "$owner" in
    *-jre-headless) echo "${owner%-headless}" ;;
  esac
}

# The packages of $PACKAGES (and AWT's) that are not installed. Ubuntu 24.04 renamed some libraries with a "t64"
# suffix; the new name counts as installed. One dpkg-query for all: this runs before every `cefshell run`.
missing_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  wanted="$PACKAGES $(awt_package)"
  names=""
  for p in $wanted; do names="$names $p ${p}t64"; done
  # shellcheck disable=SC2086
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $names 2>/dev/null | awk '$2 == "ii" { print $1 }')
  missing=""
  for p in $wanted; do
    if ! printf '%s\n' "$installed" | grep -qxF -e "$p" -e "${p}t64"; then
      missing="$missing $p"
    fi
  done
  echo "${missing# }"
}

case "$1" in
  --list)
    missing_packages
    exit 0 ;;
  --check|--explain)
    missing=$(missing_packages)
    [ -z "$missing" ] && exit 0
    echo "cefshell: Chromium needs Debian packages that are not installed ($missing). Install them with:  sudo $0"
    [ "$1" = --check ] && exit 1
    exit 0 ;;
  "") ;;
  *)
    echo "usage: $0 [--check | --explain | --list]" >&2
    exit 2 ;;
esac

missing=$(missing_packages)
if [ -z "$missing" ]; then
  echo "cefshell: all the Debian packages it needs are installed."
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "cefshell: installing packages needs root. Run:  sudo $0" >&2
  exit 1
fi
echo "cefshell: installing $missing"
echo "cefshell: (apt-get update and install; this takes a minute or two)"
export DEBIAN_FRONTEND=noninteractive
# apt's and dpkg's hundreds of progress lines go to a log, shown only when something fails.
log=$(mktemp)
# shellcheck disable=SC2086
if apt-get update -qq >"$log" 2>&1 && apt-get install -y -q --no-install-recommends $missing >>"$log" 2>&1; then
  echo "cefshell: installed: $(grep -c '^Setting up' "$log") packages, the ones above and what they depend on."
  rm -f "$log"
else
  tail -n 30 "$log"
  echo "cefshell: apt-get failed (its last lines are above; the whole log is $log)."
  exit 1
fi
