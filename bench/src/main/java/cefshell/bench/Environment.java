package cefshell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured, for the report: results are only comparable with it. */
final class Environment {
    private Environment() {
    }

    static Map<String, String> capture() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("cpu", cpuModel() + " × " + Runtime.getRuntime().availableProcessors());
        m.put("memory", memory());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("display", System.getenv("CEFSHELL_PRIVATE_DISPLAY") != null ? "private Xvfb" : "DISPLAY=" + System.getenv("DISPLAY"));
        m.put("loadStart", loadAverage());
        return m;
    }

    /** The 1-minute load average and the run queue: how busy the machine was (others share it). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        } catch (IOException | NumberFormatException e) {
            return "?";
        }
    }

    /**
     * Whether cefshell's CEF threads were attached to the JVM for good (it does that once a page has loaded) or by
     * JCEF for each call; the raw side, in a process of its own, always has JCEF's way.
     */
    static String cefThreads() {
        boolean attached = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.equals("CEF UI") || n.equals("CEF IO")).distinct().count() == 2;
        return (attached ? "cefshell's UI and IO threads attached to the JVM"
                : "cefshell's attached by JCEF for each call (--no-attach-cef-threads)")
                + "; the raw side's (own process) by JCEF for each call";
    }
}
