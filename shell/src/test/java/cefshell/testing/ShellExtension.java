package cefshell.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import cefshell.Shell;
import cefshell.ShellOptions;

/**
 * One shell (one CEF) per test JVM, shared by every test class; each test gets its own {@link TestWindows}, whose
 * windows are closed after the test so tests stay independent. CEF is shut down once, when JUnit finishes.
 *
 * <p>Use: {@code @ExtendWith(ShellExtension.class)} and take {@code Shell}, {@code TestWindows} and/or
 * {@code TestFrames} (Swing frames and panels) as test parameters.
 */
public final class ShellExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ShellExtension.class);

    /** Closes CEF when the whole run is over (stored in the root context). */
    private record SharedShell(Shell shell) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            shell.quit();
        }
    }

    /** The shell every test of this JVM shares, started by the first caller; for other test extensions. */
    public static Shell sharedShell(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(SharedShell.class,
                k -> new SharedShell(Shell.start(ShellOptions.builder().offscreen(offscreen()).build())),
                SharedShell.class).shell();
    }

    /** True in the test JVM of tests tagged "offscreen" (see shell/pom.xml): its shared shell renders off-screen. */
    public static boolean offscreen() {
        return Boolean.getBoolean("cefshell.test.offscreen");
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> type = p.getParameter().getType();
        return type == Shell.class || type == TestWindows.class || type == TestFrames.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Shell shell = sharedShell(e);
        if (p.getParameter().getType() == Shell.class) {
            return shell;
        }
        TestWindows windows = e.getStore(NS).getOrComputeIfAbsent(TestWindows.class, k -> new TestWindows(shell),
                TestWindows.class);
        if (p.getParameter().getType() == TestFrames.class) {
            return e.getStore(NS).getOrComputeIfAbsent(TestFrames.class, k -> new TestFrames(shell, windows),
                    TestFrames.class);
        }
        return windows;
    }

    @Override
    public void afterEach(ExtensionContext e) {
        TestFrames frames = e.getStore(NS).remove(TestFrames.class, TestFrames.class);
        if (frames != null) {
            frames.closeAll();
        }
        TestWindows windows = e.getStore(NS).remove(TestWindows.class, TestWindows.class);
        if (windows != null) {
            windows.closeAll();
        }
    }
}
