#!/bin/sh
# Installs what cefshell needs from Debian besides JDK 17 and Maven: a virtual X server (Chromium needs X even
# off-screen), the shared libraries Chromium and AWT load, and x11-utils (the tests list the windows Chromium opens).
# Run as root: sudo scripts/install-debian-deps.sh
set -e
PACKAGES="xvfb xauth x11-utils libnss3 libnspr4 libatk1.0-0 libatk-bridge2.0-0 libatspi2.0-0 libcups2 libdrm2 libgbm1 \
  libxkbcommon0 libxshmfence1 libasound2 libdbus-1-3 libexpat1 libglib2.0-0 libpango-1.0-0 libcairo2 libgtk-3-0 \
  libx11-6 libx11-xcb1 libxcb1 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2 libxi6 libxtst6 \
  libxrender1 libgl1 libegl1 libfreetype6 libfontconfig1 fonts-dejavu-core"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "cefshell: all Debian packages are installed."
  exit 0
fi
echo "cefshell: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
