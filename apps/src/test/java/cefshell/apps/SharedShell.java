package cefshell.apps;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import cefshell.Shell;

/**
 * One shell (one CEF) for every in-process app test of this module's test JVM: CEF starts once per process and
 * cannot start again after {@link Shell#quit()}, so no test class may quit it; it is quit once, when JUnit is done.
 * Use: {@code @ExtendWith(SharedShell.class)} and take a {@link Shell} parameter (in {@code @BeforeAll} too).
 */
public final class SharedShell implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedShell.class);

    private record Running(Shell shell) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            shell.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Shell.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getRoot().getStore(NS)
                .getOrComputeIfAbsent(Running.class, k -> new Running(Shell.start()), Running.class).shell();
    }
}
