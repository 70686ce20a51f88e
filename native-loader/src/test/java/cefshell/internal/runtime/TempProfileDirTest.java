package cefshell.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempProfileDirTest {
    @Test
    void makesANewOwnerOnlyFolderUnderTheTemporaryFolderEachTime(@TempDir Path tmp) throws Exception {
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            Path a = TempProfileDir.create("cefshell-profile-");
            Path b = TempProfileDir.create("cefshell-profile-");
            assertNotEquals(a, b);
            for (Path p : new Path[] {a, b}) {
                assertEquals(tmp, p.getParent());
                assertTrue(p.getFileName().toString().startsWith("cefshell-profile-" + ProcessHandle.current().pid() + "-"), p.toString());
                assertTrue(Files.isDirectory(p));
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
    }
}
