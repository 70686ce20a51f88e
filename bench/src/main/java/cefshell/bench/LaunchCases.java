package cefshell.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cefshell.internal.runtime.ProfileCleanup;

/**
 * Cases that need a fresh process: exec to the page's first script, and the host process's peak RSS. Each launch
 * starts {@link LaunchProbe} in a new JVM (same java, JVM options and classpath for both sides), alternating
 * cefshell and raw. Exec to first script is the page's {@code performance.timeOrigin + performance.now()} at its
 * first script minus the wall clock just before the process was started; the RSS is the JVM's own VmHWM.
 */
final class LaunchCases {
    private static final long LAUNCH_TIMEOUT_SECONDS = 60;

    private record Launch(double firstScriptMillis, double peakRssMiB) { }

    private LaunchCases() {
    }

    static List<CaseResult> run(Plan plan, Path pages) {
        try {
            LaunchProbe.writePages(pages);
        } catch (IOException e) {
            throw new BenchFailure("cannot write the probe pages: " + e, e);
        }
        List<Double> shellFirst = new ArrayList<>();
        List<Double> rawFirst = new ArrayList<>();
        List<Double> shellRss = new ArrayList<>();
        List<Double> rawRss = new ArrayList<>();
        launch("cefshell", pages); // untimed: warms the OS file cache for the natives and the jars
        for (int i = 0; i < plan.launches(); i++) {
            for (String mode : i % 2 == 0 ? List.of("raw", "cefshell") : List.of("cefshell", "raw")) {
                Launch l = launch(mode, pages);
                (mode.equals("raw") ? rawFirst : shellFirst).add(l.firstScriptMillis());
                (mode.equals("raw") ? rawRss : shellRss).add(l.peakRssMiB());
            }
        }
        String how = "a new JVM per launch, " + plan.launches() + " per side";
        return List.of(
                new CaseResult("exec-first-script", "exec → first page script", "ms", Samples.of(shellFirst),
                        Samples.of(rawFirst), "raw JCEF launcher", Target.ratioAtMost(1.0), how),
                new CaseResult("host-peak-rss", "host process peak RSS", "MiB", Samples.of(shellRss), Samples.of(rawRss),
                        "raw JCEF launcher", Target.ratioAtMost(1.15), "VmHWM of the JVM only, not CEF's helpers"));
    }

    private static Launch launch(String mode, Path pages) {
        File log;
        Path profile; // the raw launcher's; cefshell makes and deletes its own
        try {
            log = Files.createTempFile("cefshell-bench-" + mode + "-", ".log").toFile();
            profile = Files.createTempDirectory("cefshell-probe-profile-");
        } catch (IOException e) {
            throw new BenchFailure("cannot create a temporary file: " + e, e);
        }
        List<String> cmd = ChildJvm.command(LaunchProbe.class, List.of(mode, pages.toString(), profile.toString()));
        Process p = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log);
            Instant start = Instant.now();
            p = pb.start();
            double startMillis = start.getEpochSecond() * 1e3 + start.getNano() / 1e6;
            double first = Double.NaN;
            double rss = Double.NaN;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while (Double.isNaN(rss) && (line = out.readLine()) != null) { // VM_HWM_KB comes last
                    if (line.startsWith("FIRST_SCRIPT ")) {
                        first = Double.parseDouble(line.substring(13)) - startMillis;
                    } else if (line.startsWith("VM_HWM_KB ")) {
                        rss = Long.parseLong(line.substring(10)) / 1024.0;
                    }
                }
            }
            // measured; the child's shutdown is not part of any case (a child that hangs is killed below)
            List<ProcessHandle> helpers = p.descendants().toList(); // they may outlive it, writing to its profile
            p.waitFor(LAUNCH_TIMEOUT_SECONDS / 4, TimeUnit.SECONDS);
            ProfileCleanup.awaitExits(helpers, 3_000);
            if (Double.isNaN(first) || Double.isNaN(rss)) {
                throw new BenchFailure(mode + " launch reported nothing (exit " + (p.isAlive() ? "?" : p.exitValue())
                        + "); log: " + log + "\n"
                        + tail(log.toPath()));
            }
            log.delete();
            return new Launch(first, rss);
        } catch (IOException e) {
            throw new BenchFailure("cannot start " + mode + " launch: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        } finally {
            if (p != null && p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            ProfileCleanup.delete(profile);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
