package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dialog.ModalityType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileFilter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cefshell.testing.ShellExtension;
import cefshell.testing.SwingTree;
import cefshell.testing.TestWindows;

/** Electron's dialog API, answered through the real Swing dialogs as a user would. */
@ExtendWith(ShellExtension.class)
class DialogTest {
    @TempDir
    Path dir;

    @Test
    void anOpenDialogFromAnIpcHandlerIsModalToTheSendersWindowAndAnswersThePage(TestWindows t) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");
        Path png = Files.writeString(dir.resolve("c.png"), "c");
        BrowserWindow w = t.page("<html><body>open</body></html>");
        w.webContents().ipc().handle("dialog:open", (event, args) -> Dialog.showOpenDialog(
                BrowserWindow.fromWebContents(event.sender()),
                OpenDialogOptions.builder().defaultPath(dir)
                        .filters(new cefshell.FileFilter("Text", "txt"), new cefshell.FileFilter("All Files", "*"))
                        .properties(OpenDialogOptions.Property.OPEN_FILE, OpenDialogOptions.Property.MULTI_SELECTIONS)
                        .build())
                .thenApply(r -> r.filePaths().stream().map(p -> p.getFileName().toString()).toList()));

        CompletableFuture<Object> answer = w.webContents().executeJavaScript("ipcRenderer.invoke('dialog:open')");
        JFileChooser chooser = SwingTree.await(JFileChooser.class);
        SwingTree.onEdt(() -> {
            JDialog dialog = (JDialog) SwingUtilities.getWindowAncestor(chooser);
            assertSame(w.frame(), dialog.getOwner(), "the dialog belongs to the sender's window");
            assertEquals(ModalityType.DOCUMENT_MODAL, dialog.getModalityType());
            assertEquals(dir.toFile().getAbsoluteFile(), chooser.getCurrentDirectory().getAbsoluteFile());
            assertTrue(chooser.isMultiSelectionEnabled());
            FileFilter text = chooser.getFileFilter();
            assertEquals("Text", text.getDescription());
            assertTrue(text.accept(a.toFile()) && !text.accept(png.toFile()), "the Text filter hides c.png");
            assertEquals(2, chooser.getChoosableFileFilters().length, "only the given filters");
            chooser.setSelectedFiles(new File[] {a.toFile(), b.toFile()});
            chooser.approveSelection();
        });
        assertEquals(List.of("a.txt", "b.txt"), answer.get(10, TimeUnit.SECONDS));
        assertFalse(SwingTree.isShowing(JFileChooser.class), "the dialog is gone");
    }

    @Test
    void cancelingAnOpenDialogGivesCanceledAndNoPaths() throws Exception {
        CompletableFuture<OpenDialogResult> result = Dialog.showOpenDialog(OpenDialogOptions.builder()
                .title("Pick a folder").buttonLabel("Use this folder").defaultPath(dir)
                .properties(OpenDialogOptions.Property.OPEN_DIRECTORY).build());
        JFileChooser chooser = SwingTree.await(JFileChooser.class);
        SwingTree.onEdt(() -> {
            assertEquals("Pick a folder", ((JDialog) SwingUtilities.getWindowAncestor(chooser)).getTitle());
            assertEquals("Use this folder", chooser.getApproveButtonText());
            assertEquals(JFileChooser.DIRECTORIES_ONLY, chooser.getFileSelectionMode());
        });
        SwingTree.press(chooser, "Cancel");
        assertEquals(new OpenDialogResult(true, List.of()), result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void closingTheDialogWindowCancelsToo() throws Exception {
        CompletableFuture<SaveDialogResult> result = Dialog.showSaveDialog(SaveDialogOptions.defaults());
        JFileChooser chooser = SwingTree.await(JFileChooser.class);
        SwingTree.onEdt(() -> {
            JDialog d = (JDialog) SwingUtilities.getWindowAncestor(chooser);
            d.dispatchEvent(new java.awt.event.WindowEvent(d, java.awt.event.WindowEvent.WINDOW_CLOSING));
        });
        assertEquals(new SaveDialogResult(true, null), result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aSaveDialogProposesTheDefaultNameAndAsksBeforeReplacingAFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.txt"), "keep me?");
        CompletableFuture<SaveDialogResult> result = Dialog.showSaveDialog(SaveDialogOptions.builder()
                .defaultPath(dir.resolve("notes.txt")).filters(new cefshell.FileFilter("Text", "txt"))
                .properties(SaveDialogOptions.Property.SHOW_OVERWRITE_CONFIRMATION).build());
        JFileChooser chooser = SwingTree.await(JFileChooser.class);
        SwingTree.onEdt(() -> {
            assertEquals("notes.txt", chooser.getSelectedFile().getName());
            chooser.setSelectedFile(existing.toFile());
        });
        SwingUtilities.invokeLater(chooser::approveSelection); // the confirmation blocks the EDT's current event
        JOptionPane confirm = SwingTree.await(JOptionPane.class);
        SwingTree.press(confirm, "No");
        assertFalse(result.isDone(), "answering No keeps the save dialog open");
        SwingUtilities.invokeLater(chooser::approveSelection);
        SwingTree.press(SwingTree.await(JOptionPane.class), "Yes");
        assertEquals(new SaveDialogResult(false, existing.toAbsolutePath()), result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aMessageBoxAnswersTheButtonPressedAndTheCheckbox() throws Exception {
        CompletableFuture<MessageBoxResult> result = Dialog.showMessageBox(MessageBoxOptions
                .builder("Save changes?").type(MessageBoxOptions.Type.QUESTION).title("Notes")
                .buttons("Save", "Don't Save", "Cancel").defaultId(0)
                .detail("Your changes will be lost.").checkboxLabel("Always ask").checkboxChecked(true).build());
        JOptionPane pane = SwingTree.await(JOptionPane.class);
        SwingTree.onEdt(() -> {
            assertEquals(JOptionPane.QUESTION_MESSAGE, pane.getMessageType());
            assertEquals("Notes", ((JDialog) SwingUtilities.getWindowAncestor(pane)).getTitle());
            JCheckBox box = SwingTree.all(pane, JCheckBox.class).get(0);
            assertTrue(box.isSelected());
            box.doClick(); // the user unticks it
        });
        SwingTree.press(pane, "Don't Save");
        assertEquals(new MessageBoxResult(1, false), result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void escapeOrCloseGivesTheCancelButtonFoundByItsLabel() throws Exception {
        CompletableFuture<MessageBoxResult> result = Dialog.showMessageBox(
                MessageBoxOptions.builder("Quit?").buttons("Quit", "Cancel").build());
        JOptionPane pane = SwingTree.await(JOptionPane.class);
        SwingTree.onEdt(() -> {
            JDialog d = (JDialog) SwingUtilities.getWindowAncestor(pane);
            d.dispatchEvent(new java.awt.event.WindowEvent(d, java.awt.event.WindowEvent.WINDOW_CLOSING));
        });
        assertEquals(new MessageBoxResult(1, false), result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void twoBoxesOpenAtOnceAnswerInEitherOrder() throws Exception {
        CompletableFuture<MessageBoxResult> first = Dialog.showMessageBox(MessageBoxOptions.builder("first").build());
        JOptionPane firstPane = SwingTree.await(JOptionPane.class);
        CompletableFuture<MessageBoxResult> second = Dialog.showMessageBox(
                MessageBoxOptions.builder("second").buttons("A", "B").build());
        JOptionPane secondPane = SwingTree.await(JOptionPane.class, p -> p != firstPane);
        SwingTree.press(firstPane, "OK");
        assertEquals(0, first.get(10, TimeUnit.SECONDS).response(), "the first answers while the second is open");
        SwingTree.press(secondPane, "B");
        assertEquals(1, second.get(10, TimeUnit.SECONDS).response());
    }

    @Test
    void waitingForABoxOnTheEdtKeepsSwingResponsive() throws Exception {
        Thread presser = new Thread(() -> SwingTree.press(SwingTree.await(JOptionPane.class), "OK"));
        presser.start();
        int response = SwingTree.onEdt(() -> {
            CompletableFuture<MessageBoxResult> r = Dialog.showMessageBox(MessageBoxOptions.builder("on the EDT").build());
            return r.join().response(); // the EDT waits; the box still shows and is pressed
        });
        presser.join(10_000);
        assertEquals(0, response);
    }

    @Test
    void anErrorBoxShowsTheErrorAndCompletesWhenClosed() throws Exception {
        CompletableFuture<Void> done = Dialog.showErrorBox("Cannot open", "notes.txt is missing");
        JOptionPane pane = SwingTree.await(JOptionPane.class);
        SwingTree.onEdt(() -> {
            assertEquals(JOptionPane.ERROR_MESSAGE, pane.getMessageType());
            assertEquals("Cannot open", ((JDialog) SwingUtilities.getWindowAncestor(pane)).getTitle());
        });
        assertFalse(done.isDone());
        SwingTree.press(pane, "OK");
        assertNull(done.get(10, TimeUnit.SECONDS));
    }
}
