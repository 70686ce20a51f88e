package notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cefshell.IpcEndpoint;

/** Notes in memory, as typed IPC endpoints: the page calls them with ipcRenderer.invoke('notes:...'). */
public class NoteStore {
    public record NoteId(String value) { }

    public enum Priority { LOW, NORMAL, HIGH }

    public record Note(NoteId id, String text, Priority priority, Instant saved) { }

    private final Map<String, Note> notes = new ConcurrentHashMap<>();

    @IpcEndpoint("notes:save")
    public Note save(String text, Optional<Priority> priority) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a note needs some text");
        }
        NoteId id = new NoteId("n" + (notes.size() + 1));
        Note note = new Note(id, text.strip(), priority.orElse(Priority.NORMAL), Instant.now());
        notes.put(id.value(), note);
        return note;
    }

    @IpcEndpoint("notes:list")
    public List<Note> list() {
        List<Note> all = new ArrayList<>(notes.values());
        all.sort((a, b) -> a.saved().compareTo(b.saved()));
        return all;
    }

    @IpcEndpoint("notes:remove")
    public boolean remove(NoteId id) {
        return notes.remove(id.value()) != null;
    }
}
