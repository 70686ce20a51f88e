package cefshell.internal.browser;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.HierarchyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import javax.swing.SwingUtilities;

/**
 * Tells when the last window a component was in is disposed while the component is still in it or in no window at
 * all (removed and not added elsewhere). A move to another window switches to that window; a removal keeps watching
 * the last one, because a removal cannot be told from the first half of a move. EDT only.
 */
public final class WindowFollower {
    private final Component component;
    private final Runnable onLastWindowDisposed;
    private final WindowAdapter watcher = new WindowAdapter() {
        @Override
        public void windowClosed(WindowEvent e) {
            closed(e.getWindow());
        }
    };
    private Window watched;

    public WindowFollower(Component component, Runnable onLastWindowDisposed) {
        this.component = component;
        this.onLastWindowDisposed = onLastWindowDisposed;
        component.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & (HierarchyEvent.PARENT_CHANGED | HierarchyEvent.DISPLAYABILITY_CHANGED)) != 0) {
                follow(SwingUtilities.getWindowAncestor(component));
            }
        });
    }

    /** Stops watching (the component is gone for good). */
    public void stop() {
        if (watched != null) {
            watched.removeWindowListener(watcher);
            watched = null;
        }
    }

    private void follow(Window w) {
        if (w == null || w == watched) {
            return;
        }
        stop();
        watched = w;
        w.addWindowListener(watcher);
    }

    private void closed(Window w) {
        if (w != watched) {
            return;
        }
        Window now = SwingUtilities.getWindowAncestor(component);
        if (now == null || now == w) {
            onLastWindowDisposed.run();
        }
    }
}
