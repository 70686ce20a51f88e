package cefshell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a public method an {@code invoke} handler for a channel, once its object is registered with
 * {@link IpcMain#handleAll(Object)}. The page's arguments are converted to the declared parameter types as
 * {@link IpcArgs#get(int, java.lang.reflect.Type)} converts them (records, POJOs, enums, {@code List<T>},
 * {@code byte[]}, {@code Instant}...); an {@code Optional<T>} parameter is empty for a missing, {@code null} or
 * {@code undefined} argument. A parameter of type {@link IpcMainInvokeEvent} receives the event and takes no argument
 * from the page. The return value, or a {@link java.util.concurrent.CompletionStage}'s result, resolves the page's
 * promise. {@code shell types} writes TypeScript declarations for these methods. Methods of the object's class and its
 * superclasses count (an override declares its own channel); annotations on interface methods are not read.
 *
 * <pre>{@code
 * public final class Notes {
 *     @IpcEndpoint("notes:load")
 *     public Note load(NoteId id) { return store.load(id); }
 *
 *     @IpcEndpoint("notes:search")
 *     public CompletableFuture<List<Note>> search(String text, Optional<Integer> limit) { ... }
 * }
 * ipcMain.handleAll(new Notes());
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IpcEndpoint {
    /** The channel, e.g. {@code "notes:load"}. */
    String value();
}
