package cefshell;

import java.nio.file.Path;

/**
 * What the user chose in {@link Dialog#showSaveDialog} (Electron's {@code {canceled, filePath}}).
 *
 * @param canceled true when the dialog was closed without choosing
 * @param filePath the absolute path chosen; null when canceled
 */
public record SaveDialogResult(boolean canceled, Path filePath) {
}
