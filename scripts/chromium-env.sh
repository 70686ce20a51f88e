# Sourced by ./cefshell with $root set to the checkout: exports the environment variables that get written into the
# JVM's environment while Chromium starts, each one that is missing, with the value its writer would write. This is
# what cefshell.internal.runtime.ChromiumEnvironment computes in Java (see why there): a JVM started without them
# has to start a second JVM that has them before Chromium may start, which costs a whole JVM start (~300 ms here).
# Set here, the shell starts Chromium in the first JVM. ChromiumEnvScriptTest checks these values against Java's.

if [ "$(uname -s)" = Linux ]; then
  [ -n "${GDK_BACKEND:-}" ] || export GDK_BACKEND=x11
  [ -n "${FC_FONTATIONS:-}" ] || export FC_FONTATIONS=1
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || export DBUS_SESSION_BUS_ADDRESS=disabled:
  if [ -z "${VK_ICD_FILENAMES:-}" ]; then
    # ANGLE's SwiftShader ICD in this build's natives: <cache>/natives/<release tag>/vk_swiftshader_icd.json, the
    # cache being CacheDirs.root(): $CEFSHELL_CACHE, else $XDG_CACHE_HOME/cefshell, else ~/.cache/cefshell (Java's
    # user.home is the passwd entry's home). Without a built release tag, left to Java.
    cefshell_tag_file="$root/native-loader/target/classes/cefshell/internal/runtime/jcef-release-tag.txt"
    if [ -f "$cefshell_tag_file" ]; then
      if [ -n "$(printf '%s' "${CEFSHELL_CACHE:-}" | tr -d '[:space:]')" ]; then
        cefshell_cache="$CEFSHELL_CACHE"
      elif [ -n "$(printf '%s' "${XDG_CACHE_HOME:-}" | tr -d '[:space:]')" ]; then
        cefshell_cache="$XDG_CACHE_HOME/cefshell"
      else
        cefshell_home=$(getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6)
        cefshell_cache="${cefshell_home:-$HOME}/.cache/cefshell"
      fi
      export VK_ICD_FILENAMES="$cefshell_cache/natives/$(tr -d '[:space:]' <"$cefshell_tag_file")/vk_swiftshader_icd.json"
    fi
  fi
fi
