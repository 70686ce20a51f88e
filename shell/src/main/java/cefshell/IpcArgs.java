package cefshell;

import java.lang.reflect.Type;
import java.util.List;

/**
 * The arguments of one IPC message, decoded from the page's structured-clone values (see the README's type table:
 * numbers arrive as {@code Double}, objects as {@code Map}, {@code undefined} as {@link Undefined#INSTANCE}).
 *
 * <pre>{@code
 * ipcMain.handle("save", (event, args) -> {
 *     Note note = args.get(0, Note.class);   // a record or POJO, converted with Gson
 *     int retries = args.get(1, int.class);
 *     return store.save(note, retries);
 * });
 * }</pre>
 */
public interface IpcArgs {
    int size();

    /**
     * The i-th argument as decoded.
     *
     * @throws IndexOutOfBoundsException if {@code i >= size()}
     */
    Object get(int i);

    /**
     * The i-th argument converted to {@code type} (records, POJOs, boxed and primitive numbers, collections...).
     *
     * @throws IllegalArgumentException naming the argument when it cannot be converted
     */
    <T> T get(int i, Class<T> type);

    /** Like {@link #get(int, Class)} for generic types, e.g. {@code new TypeToken<List<Note>>(){}.getType()}. */
    <T> T get(int i, Type type);

    /** All arguments, unmodifiable. */
    List<Object> asList();
}
