package cefshell.internal.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cefshell.internal.natives.CacheDirs;
import cefshell.internal.natives.Platform;

/**
 * The environment variables that get written into the JVM's process environment while CEF starts, set beforehand in
 * the environment of every JVM cefshell launches.
 *
 * <p>Why: glibc's {@code setenv}/{@code putenv} of a variable that is not there yet grows the {@code environ} array
 * with {@code realloc}, which may move it and free the old array, while any other thread may be inside
 * {@code getenv} walking that old array (older glibc, Debian 12's 2.36 among them, does not protect readers).
 * Chromium's threads read the environment all the time, so an addition made while they run can crash the JVM with
 * SIGSEGV in {@code getenv}.
 * When the variable already exists, the same call only swaps one pointer in the array: nothing moves, nothing is
 * freed, a reader sees the old or the new value. These are the writes seen in the browser process (the JVM) by
 * logging every {@code setenv}/{@code putenv}/{@code unsetenv} during start-up:
 * <ul>
 * <li>{@code GDK_BACKEND=x11}: AWT's {@code libawt_xawt} puts it, unconditionally, when it is loaded;</li>
 * <li>{@code DBUS_SESSION_BUS_ADDRESS=disabled:}: Chromium's content main, on the thread calling CefInitialize,
 *     only when it is not set;</li>
 * <li>{@code FC_FONTATIONS=1}: Chromium, unconditionally, on a ThreadPoolForegroundWorker, with ~35 threads running;
 *     this is the addition that moved {@code environ} in the logs;</li>
 * <li>{@code VK_ICD_FILENAMES}: ANGLE (libGLESv2) on the in-process GPU thread sets it to its SwiftShader ICD while it
 *     creates its Vulkan instance (WebGL), then restores the previous value, or unsets it if there was none.</li>
 * </ul>
 * A missing variable gets the value its writer would write, so the browser behaves the same; one that is set is
 * kept, whatever its value (its writer replaces it in place, or keeps it). Linux only: the writers are Linux's (X11
 * AWT, fontconfig, D-Bus, ANGLE's Vulkan on Linux), so elsewhere there is nothing to add.
 */
public final class ChromiumEnvironment {
    static final String SWIFTSHADER_ICD = "vk_swiftshader_icd.json";

    private ChromiumEnvironment() {
    }

    /**
     * The variables to add to a child JVM's environment {@code env} before it starts: each one it lacks, with the value
     * its writer would write. One that is set is left alone, whatever its value: the writer replaces it in place (or,
     * for DBUS_SESSION_BUS_ADDRESS and VK_ICD_FILENAMES, keeps it), which is safe; only its presence matters.
     */
    public static Map<String, String> additions(Map<String, String> env) {
        Map<String, String> add = new LinkedHashMap<>();
        if (!Platform.isLinux()) {
            return add;
        }
        for (Map.Entry<String, String> w : writerValues().entrySet()) {
            if (!isSet(env, w.getKey())) {
                add.put(w.getKey(), w.getValue());
            }
        }
        return add;
    }

    /** Writes {@link #additions} into a child process's environment, e.g. {@code ProcessBuilder.environment()}. */
    public static void prepare(Map<String, String> childEnv) {
        childEnv.putAll(additions(childEnv));
    }

    /**
     * The variables {@code env} (normally this process's) lacks: each one will be added while Chromium's threads run.
     * Empty when the process was started with {@link #prepare}d environment.
     */
    public static List<String> missing(Map<String, String> env) {
        return List.copyOf(additions(env).keySet());
    }

    /** For a message: {@code GDK_BACKEND=x11 FC_FONTATIONS=1 ...}, what to set before starting a JVM by hand. */
    public static String assignments(Map<String, String> env) {
        StringBuilder sb = new StringBuilder();
        additions(env).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static Map<String, String> writerValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("GDK_BACKEND", "x11");
        values.put("FC_FONTATIONS", "1");
        values.put("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        values.put("VK_ICD_FILENAMES", swiftShaderIcd());
        return values;
    }

    /**
     * ANGLE's SwiftShader ICD in the extracted natives of this build. Known without jcefmaven on the classpath (the
     * launcher of the test JVMs has only this module's classes): the build writes the release tag into a resource.
     */
    static String swiftShaderIcd() {
        return CacheDirs.nativesDir(releaseTag()).resolve(SWIFTSHADER_ICD).toString();
    }

    static String releaseTag() {
        try (InputStream in = ChromiumEnvironment.class.getResourceAsStream("jcef-release-tag.txt")) {
            if (in == null) {
                throw new IllegalStateException("jcef-release-tag.txt is missing from the native-loader classes");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isEmpty();
    }
}
