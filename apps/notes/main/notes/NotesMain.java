package notes;

import cefshell.AppContext;
import cefshell.AppMain;

/** Registers the typed endpoints of {@link NoteStore}; `shell types apps/notes` writes ipc.d.ts from them. */
public class NotesMain implements AppMain {
    @Override
    public void start(AppContext app) {
        app.ipcMain().handleAll(new NoteStore());
    }
}
