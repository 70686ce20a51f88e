package cefshell.internal.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;

import cefshell.OpenDialogOptions;
import cefshell.OpenDialogOptions.Property;
import cefshell.OpenDialogResult;
import cefshell.SaveDialogOptions;
import cefshell.SaveDialogResult;

/** Electron's open and save dialogs as Swing file choosers; see {@link ChooserDialog} for modality and answers. */
public final class FileDialogs {
    private FileDialogs() {
    }

    /** Shows an open dialog on the EDT (later, from any thread) and completes {@code result} off the EDT. */
    public static void showOpen(Component parent, OpenDialogOptions options, CompletableFuture<OpenDialogResult> result) {
        DialogResults.showLater(result, () -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogType(JFileChooser.OPEN_DIALOG);
            boolean dirs = options.has(Property.OPEN_DIRECTORY);
            boolean files = options.has(Property.OPEN_FILE) || !dirs;
            chooser.setFileSelectionMode(files && dirs ? JFileChooser.FILES_AND_DIRECTORIES
                    : dirs ? JFileChooser.DIRECTORIES_ONLY : JFileChooser.FILES_ONLY);
            chooser.setMultiSelectionEnabled(options.has(Property.MULTI_SELECTIONS));
            chooser.setFileHidingEnabled(!options.has(Property.SHOW_HIDDEN_FILES));
            ExtensionFilter.apply(chooser, options.filters());
            ChooserDialog.applyDefaultPath(chooser, options.defaultPath());
            if (options.buttonLabel() != null) {
                chooser.setApproveButtonText(options.buttonLabel());
            }
            String title = options.title() != null ? options.title() : chooser.getUI().getDialogTitle(chooser);
            ChooserDialog.show(parent, chooser, title, approved -> {
                List<Path> chosen = approved ? chosen(chooser, dirs) : List.of();
                DialogResults.complete(result, new OpenDialogResult(chosen.isEmpty(), chosen));
            });
        });
    }

    /** Shows a save dialog on the EDT (later, from any thread) and completes {@code result} off the EDT. */
    public static void showSave(Component parent, SaveDialogOptions options, CompletableFuture<SaveDialogResult> result) {
        DialogResults.showLater(result, () -> {
            boolean confirm = options.has(SaveDialogOptions.Property.SHOW_OVERWRITE_CONFIRMATION);
            JFileChooser chooser = confirm ? new OverwriteConfirmingChooser() : new JFileChooser();
            chooser.setDialogType(JFileChooser.SAVE_DIALOG);
            chooser.setFileHidingEnabled(!options.has(SaveDialogOptions.Property.SHOW_HIDDEN_FILES));
            ExtensionFilter.apply(chooser, options.filters());
            ChooserDialog.applyDefaultPath(chooser, options.defaultPath());
            if (options.buttonLabel() != null) {
                chooser.setApproveButtonText(options.buttonLabel());
            }
            String title = options.title() != null ? options.title() : chooser.getUI().getDialogTitle(chooser);
            ChooserDialog.show(parent, chooser, title, approved -> {
                File f = approved ? chooser.getSelectedFile() : null;
                DialogResults.complete(result, f == null ? new SaveDialogResult(true, null)
                        : new SaveDialogResult(false, f.toPath().toAbsolutePath()));
            });
        });
    }

    private static List<Path> chosen(JFileChooser chooser, boolean dirs) {
        List<Path> paths = new ArrayList<>();
        if (chooser.isMultiSelectionEnabled()) {
            for (File f : chooser.getSelectedFiles()) {
                paths.add(f.toPath().toAbsolutePath());
            }
        }
        if (paths.isEmpty() && chooser.getSelectedFile() != null) {
            paths.add(chooser.getSelectedFile().toPath().toAbsolutePath());
        }
        if (paths.isEmpty() && dirs) {
            paths.add(chooser.getCurrentDirectory().toPath().toAbsolutePath()); // "Open" inside a folder: that folder
        }
        return paths;
    }

    /** Asks before an existing file is chosen, as Electron's {@code showOverwriteConfirmation}. */
    private static final class OverwriteConfirmingChooser extends JFileChooser {
        @Override
        public void approveSelection() {
            File f = getSelectedFile();
            if (f != null && f.exists()) {
                int answer = JOptionPane.showConfirmDialog(this,
                        "A file named \"" + f.getName() + "\" already exists. Do you want to replace it?",
                        "Replace file?", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
                if (answer != JOptionPane.YES_OPTION) {
                    return;
                }
            }
            super.approveSelection();
        }
    }
}
