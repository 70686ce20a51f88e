package cefshell.apps.swingembed;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;

import cefshell.BrowserPanel;
import cefshell.Shell;

/**
 * A small Swing application with a web UI inside: a task list owned by Swing (a {@code JList} with a form, a toolbar
 * and a menu bar) next to a {@link BrowserPanel} showing the same tasks as a web page ({@code apps/swing-embed/}).
 *
 * <p>Swing to page ({@code webContents().send}): every change of the list ("tasks"), the toolbar's "Highlight"
 * ("highlight") and the theme switch ("theme"). Page to Swing: "add-task" and "select-task" ({@code send}) change the
 * list and its selection; "remove-task" and "get-tasks" ({@code invoke}) answer with a value. IPC handlers run on
 * cefshell's threads, so each change of a Swing control is handed to the EDT.
 *
 * <p>Run: {@code apps/bin/swing-embed} (see the README section "Embedding in Swing").
 */
public final class SwingEmbedApp {
    private final JFrame frame = new JFrame("cefshell: Swing + web");
    private final DefaultListModel<String> tasks = new DefaultListModel<>();
    private final JList<String> taskList = new JList<>(tasks);
    private final JTextField newTask = new JTextField(16);
    private final JButton addButton = new JButton("Add");
    private final JButton highlightButton = new JButton("Highlight in page");
    private final JToggleButton darkButton = new JToggleButton("Dark page");
    private final JCheckBoxMenuItem darkMenuItem = new JCheckBoxMenuItem("Dark page");
    private final JLabel status = new JLabel("Ready");
    private final BrowserPanel page;

    private SwingEmbedApp(Shell shell, Path webFolder) {
        page = BrowserPanel.forApp(shell, webFolder);
        page.webContents().ipc()
                .on("add-task", (event, args) -> onEdt(() -> addTask(args.get(0, String.class), "page")))
                .on("select-task", (event, args) -> onEdt(() -> select(args.get(0, int.class))));
        page.webContents().ipc().handle("remove-task", (event, args) -> {
            int index = args.get(0, int.class);
            return onEdtGet(() -> {
                if (index >= 0 && index < tasks.size()) {
                    status.setText("Page removed: " + tasks.remove(index));
                }
                return tasks.size();
            });
        });
        page.webContents().ipc().handle("get-tasks", (event, args) -> onEdtGet(this::taskTexts));
    }

    /** Builds the window (on the EDT) around a page showing {@code webFolder}, and shows it. */
    public static SwingEmbedApp open(Shell shell, Path webFolder) {
        SwingEmbedApp app = new SwingEmbedApp(shell, webFolder);
        onEdt(app::buildAndShow);
        return app;
    }

    public static void main(String[] args) {
        Shell shell = Shell.start(); // first, before any Swing: see "Embedding in Swing"
        SwingEmbedApp app = open(shell, webFolder(args));
        onEdt(() -> app.frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                shell.quit(); // allowed on the EDT
                System.exit(0);
            }
        }));
    }

    private void buildAndShow() {
        List.of("Write the report", "Review the pull request", "Water the plants").forEach(tasks::addElement);
        tasks.addListDataListener(new ListDataListener() {
            @Override
            public void intervalAdded(ListDataEvent e) {
                pushTasks();
            }

            @Override
            public void intervalRemoved(ListDataEvent e) {
                pushTasks();
            }

            @Override
            public void contentsChanged(ListDataEvent e) {
                pushTasks();
            }
        });
        taskList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        addButton.addActionListener(e -> {
            addTask(newTask.getText(), "Swing");
            newTask.setText("");
        });
        newTask.addActionListener(e -> addButton.doClick());
        highlightButton.addActionListener(e -> page.webContents().send("highlight", taskList.getSelectedIndex()));
        darkButton.addActionListener(e -> setDark(darkButton.isSelected()));
        darkMenuItem.addActionListener(e -> setDark(darkMenuItem.isSelected()));

        JPanel form = new JPanel(new BorderLayout(4, 4));
        form.setBorder(BorderFactory.createTitledBorder("Swing"));
        form.add(new JScrollPane(taskList), BorderLayout.CENTER);
        JPanel addRow = new JPanel(new BorderLayout(4, 4));
        addRow.add(newTask, BorderLayout.CENTER);
        addRow.add(addButton, BorderLayout.EAST);
        form.add(addRow, BorderLayout.SOUTH);
        form.setMinimumSize(new Dimension(220, 200));

        page.setPreferredSize(new Dimension(520, 420));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, form, page);
        split.setResizeWeight(0.3);

        JToolBar toolbar = new JToolBar();
        toolbar.setFloatable(false);
        toolbar.add(newToolbarButton("Add", e -> addButton.doClick()));
        toolbar.add(highlightButton);
        toolbar.add(darkButton);

        frame.setJMenuBar(menuBar());
        frame.add(toolbar, BorderLayout.NORTH);
        frame.add(split, BorderLayout.CENTER);
        frame.add(status, BorderLayout.SOUTH);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE); // closes the page with the window
        frame.pack();
        frame.setLocationByPlatform(true);
        frame.setVisible(true);
    }

    private JMenuBar menuBar() {
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        JMenuItem quit = new JMenuItem("Quit");
        quit.addActionListener(e -> frame.dispose());
        file.add(quit);
        JMenu view = new JMenu("View");
        view.add(darkMenuItem);
        JMenuItem reload = new JMenuItem("Reload page");
        reload.addActionListener(e -> page.webContents().reload());
        view.add(reload);
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        bar.add(view);
        return bar;
    }

    private static JButton newToolbarButton(String text, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.addActionListener(action);
        return b;
    }

    private void addTask(String text, String from) {
        if (text != null && !text.isBlank()) {
            tasks.addElement(text.trim());
            status.setText("Added from " + from + ": " + text.trim());
        }
    }

    private void select(int index) {
        if (index >= 0 && index < tasks.size()) {
            taskList.setSelectedIndex(index);
            taskList.ensureIndexIsVisible(index);
            status.setText("Selected from the page: " + tasks.get(index));
        }
    }

    private void setDark(boolean dark) {
        darkButton.setSelected(dark);
        darkMenuItem.setSelected(dark);
        page.webContents().send("theme", dark ? "dark" : "light");
    }

    private void pushTasks() {
        page.webContents().send("tasks", taskTexts());
    }

    private List<String> taskTexts() {
        return Collections.unmodifiableList(new ArrayList<>(Collections.list(tasks.elements())));
    }

    // ---- for the end-to-end test

    JFrame frame() {
        return frame;
    }

    BrowserPanel page() {
        return page;
    }

    JList<String> taskList() {
        return taskList;
    }

    DefaultListModel<String> tasks() {
        return tasks;
    }

    JTextField newTaskField() {
        return newTask;
    }

    JButton addButton() {
        return addButton;
    }

    JButton highlightButton() {
        return highlightButton;
    }

    JToggleButton darkButton() {
        return darkButton;
    }

    JLabel status() {
        return status;
    }

    /** The web folder: the first argument, else {@code apps/swing-embed} or {@code swing-embed} under the current folder. */
    static Path webFolder(String[] args) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        for (Path p : List.of(Path.of("apps", "swing-embed"), Path.of("swing-embed"))) {
            if (Files.isRegularFile(p.resolve("index.html"))) {
                return p;
            }
        }
        throw new IllegalArgumentException("cannot find the web folder apps/swing-embed: run from the repository root"
                + " or give its path as the first argument");
    }

    private static void onEdt(Runnable r) {
        onEdtGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onEdtGet(java.util.function.Supplier<T> s) {
        if (SwingUtilities.isEventDispatchThread()) {
            return s.get();
        }
        Object[] out = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> out[0] = s.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
