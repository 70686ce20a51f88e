package cefshell.internal.display;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private X server (Xvfb) for one process tree: CEF needs X even when nothing is shown.
 *
 * <p>Xvfb picks a free display number itself ({@code -displayfd}), so parallel runs never collide. The server is
 * stopped by {@link #close()}; a JVM shutdown hook closes it too, so it does not outlive us.
 */
public final class XvfbDisplay implements AutoCloseable {
    public static final String INSTALL_HINT = "Xvfb is not installed; CEF needs an X display even off-screen. "
            + "Install it with:  sudo apt-get install -y xvfb";
    private static final String SCREEN = "1920x1080x24";

    private final Process process;
    private final String display;
    private final Thread shutdownHook;

    private XvfbDisplay(Process process, String display) {
        this.process = process;
        this.display = display;
        this.shutdownHook = new Thread(this::stop, "cefshell-xvfb-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Xvfb and waits until it accepts connections.
     *
     * @throws DisplayUnavailableException when Xvfb is missing or does not come up
     */
    public static XvfbDisplay start() {
        if (findOnPath("Xvfb") == null) {
            throw new DisplayUnavailableException(INSTALL_HINT);
        }
        Process p;
        try {
            // -displayfd 1: Xvfb prints the display number it chose on stdout once it is ready for clients.
            // setsid: Xvfb gets its own session, so a Ctrl-C in the terminal (SIGINT to the foreground process
            // group) ends the app cleanly instead of killing its display under it. setsid execs in place: the pid
            // we hold is Xvfb's own.
            p = new ProcessBuilder(List.of("setsid", "Xvfb", "-displayfd", "1", "-screen", "0", SCREEN, "-nolisten", "tcp",
                    "-noreset", "+extension", "GLX"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new DisplayUnavailableException(INSTALL_HINT);
        }
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                return r.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String n = number.get(20, TimeUnit.SECONDS);
            if (n == null || n.isBlank()) {
                p.destroyForcibly();
                throw new DisplayUnavailableException("Xvfb exited before it was ready (exit code "
                        + (p.isAlive() ? "?" : p.exitValue()) + "). Try running `Xvfb -displayfd 1` by hand to see why.");
            }
            return new XvfbDisplay(p, ":" + n.trim());
        } catch (TimeoutException | ExecutionException e) {
            p.destroyForcibly();
            throw new DisplayUnavailableException("Xvfb did not become ready within 20 s.");
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DisplayUnavailableException("interrupted while starting Xvfb");
        }
    }

    /** The executable {@code name} found on PATH, or null. */
    public static java.nio.file.Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            java.nio.file.Path candidate = java.nio.file.Path.of(dir.isEmpty() ? "." : dir, name);
            if (java.nio.file.Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The value for {@code DISPLAY}, e.g. {@code :3}. */
    public String display() {
        return display;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs stop() itself
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
