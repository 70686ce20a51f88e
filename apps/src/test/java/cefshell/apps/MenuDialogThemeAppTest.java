package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cefshell.BrowserWindow;
import cefshell.Menu;
import cefshell.NativeTheme;
import cefshell.Shell;
import cefshell.apps.tutorials.LaunchedApp;
import cefshell.apps.tutorials.PageUser;

/**
 * apps/menu-dialog-theme: the scratchpad sample. A user types, saves with the Save As… accelerator while typing, opens
 * another file from the File menu, switches to the dark theme in the View menu, toggles it back from the page's
 * context menu, and reads About: the dialogs are answered through their Swing components.
 */
@ExtendWith(SharedShell.class)
class MenuDialogThemeAppTest {
    private static final String DARK = "matchMedia('(prefers-color-scheme: dark)').matches";

    @Test
    void savingOpeningThemingAndTheContextMenuWorkTogether(Shell shell, @TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.txt"), "from a file");
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("menu-dialog-theme"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            PageUser.until("the page names no file yet", () -> "Untitled".equals(user.read("document.getElementById('file').textContent")));
            user.focus("#text");
            user.type("hello scratchpad");

            user.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_S); // Save As… while the page has the keyboard
            Path saved = dir.resolve("saved.txt");
            answer(awaitShowing(JFileChooser.class), saved);
            PageUser.until("the page names the saved file", () -> "saved.txt".equals(user.read("document.getElementById('file').textContent")));
            assertEquals("hello scratchpad", Files.readString(saved));

            JMenuBar bar = onEdt(() -> window.frame().getJMenuBar());
            choose(bar, "Open…");
            answer(awaitShowing(JFileChooser.class), other);
            PageUser.until("the text area shows the opened file", () -> "from a file".equals(user.read("document.getElementById('text').value")));

            choose(bar, "Dark");
            PageUser.until("the page is dark", () -> Boolean.TRUE.equals(user.read(DARK)));
            PageUser.until("and says so", () -> "dark".equals(user.read("document.getElementById('theme').textContent")));

            user.rightClick("#text");
            JPopupMenu popup = awaitShowing(JPopupMenu.class);
            onEdt(() -> {
                MenuSelectionManager.defaultManager().clearSelectedPath();
                item(popup, "Toggle Dark").doClick();
                return null;
            });
            PageUser.until("light again", () -> Boolean.FALSE.equals(user.read(DARK)));
            PageUser.until("the View menu shows Light", () -> onEdt(() -> ((JRadioButtonMenuItem) item(bar, "Light")).isSelected()));

            choose(bar, "About Scratchpad");
            JOptionPane about = awaitShowing(JOptionPane.class);
            onEdt(() -> {
                all(about, JButton.class).get(0).doClick();
                return null;
            });
            PageUser.until("About closed", () -> !onEdt(about::isShowing));
        } finally {
            shell.nativeTheme().setThemeSource(NativeTheme.Source.SYSTEM); // the theme and menu are the whole shell's
            Menu.setApplicationMenu(null);
            app.close();
        }
    }

    private static void answer(JFileChooser chooser, Path file) {
        onEdt(() -> {
            chooser.setSelectedFile(file.toFile());
            chooser.approveSelection();
            return null;
        });
    }

    private static void choose(JMenuBar bar, String label) {
        onEdt(() -> {
            item(bar, label).doClick();
            return null;
        });
    }

    /** The item labelled {@code label} under {@code root}, in submenus too; EDT. */
    private static JMenuItem item(Component root, String label) {
        for (JMenuItem i : all(root, JMenuItem.class)) {
            if (label.equals(i.getText())) {
                return i;
            }
            if (i instanceof JMenu m) {
                try {
                    return item(m.getPopupMenu(), label);
                } catch (AssertionError notThere) {
                    // look further
                }
            }
        }
        throw new AssertionError("no menu item '" + label + "'");
    }

    private static <T extends Component> T awaitShowing(Class<T> type) {
        Object[] found = new Object[1];
        PageUser.until("a showing " + type.getSimpleName(), () -> {
            found[0] = onEdt(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isShowing()) {
                        for (T c : all(w, type)) {
                            if (c.isShowing()) {
                                return c;
                            }
                        }
                    }
                }
                return null;
            });
            return found[0] != null;
        });
        return type.cast(found[0]);
    }

    private static <T extends Component> List<T> all(Component root, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(root)) {
            out.add(type.cast(root));
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                out.addAll(all(child, type));
            }
        }
        return out;
    }

    private static <T> T onEdt(Supplier<T> s) {
        Object[] out = new Object[1];
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                out[0] = s.get();
            } else {
                SwingUtilities.invokeAndWait(() -> out[0] = s.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
