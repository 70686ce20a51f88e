package cefshell.internal.typed;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import cefshell.IpcEndpoint;
import cefshell.IpcMainInvokeEvent;

/** Endpoints naming every kind of type the README's table lists, for the TypeScript tests. */
public final class NotesEndpoints {
    public record NoteId(String value) { }

    public enum Color { RED, GREEN }

    public record Note(NoteId id, String title, Color color, List<String> tags, Instant created, byte[] attachment,
                       Optional<String> summary, Map<String, Integer> counts) { }

    /** A POJO: its superclass's fields count, static and transient ones do not. */
    public static class Base {
        long version;
    }

    public static final class Filter extends Base {
        static int ignoredStatic;
        transient int ignoredTransient;
        String text;
        Set<Color> colors;
        BigInteger big;
        Note[] samples;
    }

    @IpcEndpoint("notes:load")
    public Note load(NoteId id) {
        return null;
    }

    @IpcEndpoint("notes:search")
    public CompletableFuture<List<Note>> search(IpcMainInvokeEvent event, Filter filter, Optional<Integer> limit) {
        return null;
    }

    @IpcEndpoint("notes:remove")
    public void remove(NoteId id, boolean force) {
    }

    @IpcEndpoint("notes:maybe")
    public Optional<Note> maybe(Map<Color, String> byColor, double[] weights) {
        return Optional.empty();
    }
}
