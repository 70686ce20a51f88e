package cefshell.internal.natives;

import java.util.Map;

/** Which Debian 12 package provides each shared library Chromium or AWT links against. */
final class DebianPackages {
    private static final Map<String, String> BY_SONAME = Map.ofEntries(
            Map.entry("libnss3.so", "libnss3"),
            Map.entry("libnssutil3.so", "libnss3"),
            Map.entry("libsmime3.so", "libnss3"),
            Map.entry("libnspr4.so", "libnspr4"),
            Map.entry("libplc4.so", "libnspr4"),
            Map.entry("libplds4.so", "libnspr4"),
            Map.entry("libatk-1.0.so.0", "libatk1.0-0"),
            Map.entry("libatk-bridge-2.0.so.0", "libatk-bridge2.0-0"),
            Map.entry("libatspi.so.0", "libatspi2.0-0"),
            Map.entry("libcups.so.2", "libcups2"),
            Map.entry("libdrm.so.2", "libdrm2"),
            Map.entry("libgbm.so.1", "libgbm1"),
            Map.entry("libxkbcommon.so.0", "libxkbcommon0"),
            Map.entry("libxshmfence.so.1", "libxshmfence1"),
            Map.entry("libasound.so.2", "libasound2"),
            Map.entry("libdbus-1.so.3", "libdbus-1-3"),
            Map.entry("libexpat.so.1", "libexpat1"),
            Map.entry("libglib-2.0.so.0", "libglib2.0-0"),
            Map.entry("libgobject-2.0.so.0", "libglib2.0-0"),
            Map.entry("libgio-2.0.so.0", "libglib2.0-0"),
            Map.entry("libgmodule-2.0.so.0", "libglib2.0-0"),
            Map.entry("libpango-1.0.so.0", "libpango-1.0-0"),
            Map.entry("libcairo.so.2", "libcairo2"),
            Map.entry("libgtk-3.so.0", "libgtk-3-0"),
            Map.entry("libgdk-3.so.0", "libgtk-3-0"),
            Map.entry("libX11.so.6", "libx11-6"),
            Map.entry("libX11-xcb.so.1", "libx11-xcb1"),
            Map.entry("libxcb.so.1", "libxcb1"),
            Map.entry("libXcomposite.so.1", "libxcomposite1"),
            Map.entry("libXdamage.so.1", "libxdamage1"),
            Map.entry("libXext.so.6", "libxext6"),
            Map.entry("libXfixes.so.3", "libxfixes3"),
            Map.entry("libXrandr.so.2", "libxrandr2"),
            Map.entry("libXi.so.6", "libxi6"),
            Map.entry("libXtst.so.6", "libxtst6"),
            Map.entry("libXrender.so.1", "libxrender1"),
            Map.entry("libXss.so.1", "libxss1"),
            Map.entry("libGL.so.1", "libgl1"),
            Map.entry("libEGL.so.1", "libegl1"),
            Map.entry("libudev.so.1", "libudev1"),
            Map.entry("libfreetype.so.6", "libfreetype6"),
            Map.entry("libfontconfig.so.1", "libfontconfig1"));

    private DebianPackages() {
    }

    /** The package for a soname; for an unknown one, a guess from its name that apt will accept or reject clearly. */
    static String providing(String soname) {
        String known = BY_SONAME.get(soname);
        if (known != null) {
            return known;
        }
        // libfoo.so.3 -> libfoo3, the Debian naming rule for most libraries
        return soname.replaceFirst("\\.so(\\.(\\d+))?.*$", "$2").toLowerCase();
    }
}
