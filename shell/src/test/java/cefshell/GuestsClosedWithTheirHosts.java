package cefshell;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;

/**
 * For {@code <webview>} tests, after {@link ShellExtension}: every host window is destroyed after the test and its
 * guests awaited, so that none is still closing when the next test starts. The count is taken against the guests
 * alive before the test: a guest an earlier test leaked fails that test, not every one after it.
 */
final class GuestsClosedWithTheirHosts implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GuestsClosedWithTheirHosts.class);

    @Override
    public void beforeEach(ExtensionContext e) {
        e.getStore(NS).put("before", ShellExtension.sharedShell(e).core().guests().liveGuests());
    }

    @Override
    public void afterEach(ExtensionContext e) {
        Shell shell = ShellExtension.sharedShell(e);
        for (BrowserWindow w : shell.windows()) {
            w.destroy();
        }
        int before = e.getStore(NS).remove("before", Integer.class);
        Awaits.until("guests closed with their hosts", 20, TimeUnit.SECONDS,
                () -> shell.core().guests().liveGuests() <= before);
    }
}
