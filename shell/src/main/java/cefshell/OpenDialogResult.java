package cefshell;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose in {@link Dialog#showOpenDialog} (Electron's {@code {canceled, filePaths}}).
 *
 * @param canceled  true when the dialog was closed without choosing
 * @param filePaths the absolute paths chosen; empty when canceled
 */
public record OpenDialogResult(boolean canceled, List<Path> filePaths) {
    public OpenDialogResult {
        filePaths = List.copyOf(filePaths);
    }
}
