package cefshell.internal.natives;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformTest {
    /** The natives archive is looked up under this machine's platform name: it must be the one jcefmaven uses. */
    @Test
    void theNativesOnTheClasspathAreFoundUnderThisMachinesPlatformName() {
        assertNotNull(NativeBundle.forClasspath().archive(),
                "no natives archive named for " + NativeBundle.platform() + " on the classpath");
    }

    @Test
    void onlyLinuxCountsAsLinux() {
        assertTrue(Platform.isLinux("Linux"));
        assertFalse(Platform.isLinux("Mac OS X"));
        assertFalse(Platform.isLinux("Windows 11"));
        assertFalse(Platform.isLinux(null));
        assertTrue(Platform.isWindows("Windows 11"));
        assertFalse(Platform.isWindows("Linux"));
    }
}
