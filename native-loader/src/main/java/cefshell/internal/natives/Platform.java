package cefshell.internal.natives;

import java.util.Locale;

/**
 * What only Linux has: an X display (and so Xvfb for running without a screen), the {@code ldd} library preflight
 * and Debian package names. On macOS and Windows Chromium uses the system's own window system. Free of jcefmaven's
 * classes, because the test JVMs' display launcher loads it with nothing else on its classpath. The natives'
 * platform name is {@link NativeBundle#platform()}.
 */
public final class Platform {
    private Platform() {
    }

    /** True on Linux, where Chromium draws through X11 and its shared libraries come from the distribution. */
    public static boolean isLinux() {
        return isLinux(System.getProperty("os.name"));
    }

    static boolean isLinux(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux");
    }

    /** How to get a JDK with javac, jdeps, jlink and jpackage: Debian's package on Linux, any JDK 17+ elsewhere. */
    public static String jdkInstallHint() {
        return isLinux() ? "On Debian or Ubuntu:  sudo apt-get install -y openjdk-17-jdk-headless"
                : "Install a JDK 17 or later and run cefshell with it.";
    }

    /** True on macOS. */
    public static boolean isMac() {
        String os = System.getProperty("os.name");
        return os != null && os.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /** True on Windows, where executables end in {@code .exe}. */
    public static boolean isWindows() {
        return isWindows(System.getProperty("os.name"));
    }

    static boolean isWindows(String osName) {
        return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
