package cefshell.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;

/**
 * Finding and driving Swing components the way a user sees them: in the showing windows' component trees
 * ({@link Window#getWindows()}), on the EDT.
 */
public final class SwingTree {
    private SwingTree() {
    }

    /** Waits until a showing window holds a component of {@code type} matching {@code p}, and returns it. */
    public static <T extends Component> T await(Class<T> type, Predicate<T> p) {
        AtomicReference<T> found = new AtomicReference<>();
        Awaits.until("a showing " + type.getSimpleName(), 15, TimeUnit.SECONDS, () -> {
            found.set(onEdt(() -> find(type, p)));
            return found.get() != null;
        });
        return found.get();
    }

    public static <T extends Component> T await(Class<T> type) {
        return await(type, c -> true);
    }

    /** True while some showing window holds a component of {@code type}. */
    public static boolean isShowing(Class<? extends Component> type) {
        return onEdt(() -> find(type, c -> true) != null);
    }

    /** Presses the button labelled {@code label} inside {@code root}, as a click would. */
    public static void press(Component root, String label) {
        onEdt(() -> {
            List<AbstractButton> buttons = all(root, AbstractButton.class);
            for (AbstractButton b : buttons) {
                if (label.equals(b.getText()) && b.isShowing()) {
                    b.doClick();
                    return null;
                }
            }
            throw new AssertionError("no button '" + label + "' among "
                    + buttons.stream().map(AbstractButton::getText).toList());
        });
    }

    /** Runs {@code r} on the EDT and returns its value; assertion errors thrown there reach the caller. */
    public static <T> T onEdt(Supplier<T> r) {
        if (SwingUtilities.isEventDispatchThread()) {
            return r.get();
        }
        AtomicReference<T> v = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> v.set(r.get()));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return v.get();
    }

    public static void onEdt(Runnable r) {
        onEdt(() -> {
            r.run();
            return null;
        });
    }

    private static <T extends Component> T find(Class<T> type, Predicate<T> p) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                for (T c : all(w, type)) {
                    if (p.test(c)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** Every component of {@code type} in the tree under {@code root}, {@code root} included. */
    public static <T extends Component> List<T> all(Component root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Component> void collect(Component c, Class<T> type, List<T> out) {
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collect(child, type, out);
            }
        }
    }
}
