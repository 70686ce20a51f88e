package cefshell.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock and its hand-over protocol within one JVM (a second process is in AppLifecycleTest): the second request
 * gets null only once the holder has the hand-over; a released lock can be taken again.
 */
class SingleInstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRequestHandsOverToTheHolder() throws Exception {
        LinkedBlockingQueue<Handover> got = new LinkedBlockingQueue<>();
        try (SingleInstanceLock first = SingleInstanceLock.acquire(dir, "my app/1", new Handover(List.of("a"), "/", null),
                got::add)) {
            assertNotNull(first);
            Handover second = new Handover(List.of("java", "run", "file.txt"), "/home/u", "{\"x\":1}");
            assertNull(SingleInstanceLock.acquire(dir, "my app/1", second, h -> { }));
            assertEquals(second, got.poll(0, TimeUnit.SECONDS), "delivered before the second request returned");
        }
        try (SingleInstanceLock again = SingleInstanceLock.acquire(dir, "my app/1", new Handover(List.of(), "/", null),
                h -> { })) {
            assertNotNull(again, "released locks are free");
        }
    }

    @Test
    void appNamesMakeDistinctSafeFileNames() {
        String a = SingleInstanceLock.fileName("Notes: draft");
        assertEquals(true, a.matches("[A-Za-z0-9._-]+"));
        assertEquals(false, a.equals(SingleInstanceLock.fileName("Notes_ draft")));
    }
}
