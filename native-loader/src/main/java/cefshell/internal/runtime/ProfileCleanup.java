package cefshell.internal.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Deleting a Chromium profile folder once its processes are gone. A helper process still ending writes into the
 * profile (the network service saves its state as it goes): deleted under it, the folder stays in the temp folder.
 */
public final class ProfileCleanup {
    private ProfileCleanup() {
    }

    /** Waits until each of {@code processes} has exited, {@code millis} at most for all of them. */
    public static void awaitExits(List<ProcessHandle> processes, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                return; // one that will not go: the folder may stay, nothing worse
            }
        }
    }

    /** Deletes {@code dir} and everything in it, as far as it can: a temp folder, which the OS cleans eventually. */
    public static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // gone already, or unreadable
        }
    }
}
