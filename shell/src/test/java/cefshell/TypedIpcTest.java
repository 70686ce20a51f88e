package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** {@code @IpcEndpoint} methods registered with {@code handleAll}, invoked from a real page. */
@ExtendWith(ShellExtension.class)
class TypedIpcTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    public record NoteId(String value) { }

    public enum Color { RED, GREEN }

    public record Note(NoteId id, String title, Color color, List<String> tags, Instant created) { }

    /** A POJO, as Gson's field rules read it. */
    public static final class Filter {
        String text;
        int limit;
    }

    public static final class Notes {
        final List<String> calls = new ArrayList<>();

        @IpcEndpoint("typed:load")
        public Note load(NoteId id) {
            return new Note(id, "title of " + id.value(), Color.GREEN, List.of("a", "b"), Instant.ofEpochMilli(1000));
        }

        @IpcEndpoint("typed:save")
        public String save(Note note) {
            return note.id().value() + "|" + note.title() + "|" + note.color() + "|" + note.tags() + "|"
                    + note.created().toEpochMilli();
        }

        @IpcEndpoint("typed:search")
        public CompletionStage<List<Note>> search(Filter filter, Optional<Color> color) {
            return CompletableFuture.supplyAsync(() -> List.of(
                    new Note(new NoteId(filter.text), filter.limit + ":" + color.map(Color::name).orElse("any"),
                            color.orElse(Color.RED), List.of(), Instant.ofEpochMilli(0))));
        }

        @IpcEndpoint("typed:bytes")
        public byte[] reverse(byte[] data, int times) {
            byte[] out = new byte[data.length];
            for (int i = 0; i < data.length; i++) {
                out[i] = (byte) (data[data.length - 1 - i] * times);
            }
            return out;
        }

        @IpcEndpoint("typed:sum")
        public double sum(List<Integer> values, Map<String, Double> weights) {
            return values.stream().mapToInt(Integer::intValue).sum() + weights.values().stream().mapToDouble(d -> d).sum();
        }

        @IpcEndpoint("typed:who")
        public String who(IpcMainInvokeEvent event, String greeting) {
            return greeting + " #" + event.sender().id() + " " + event.senderFrame().isMainFrame();
        }

        @IpcEndpoint("typed:nothing")
        public void nothing(String note) {
            calls.add(note);
        }

        @IpcEndpoint("typed:maybe")
        public Optional<String> maybe(boolean some) {
            return some ? Optional.of("some") : Optional.empty();
        }

        @IpcEndpoint("typed:fail")
        public String fail() {
            throw new IllegalStateException("the store is closed");
        }
    }

    private final List<String> registered = new ArrayList<>();
    private IpcMain ipcMain;

    private Notes register(TestWindows t) {
        ipcMain = t.shell().ipcMain();
        Notes notes = new Notes();
        registered.addAll(ipcMain.handleAll(notes));
        return notes;
    }

    @AfterEach
    void removeHandlers() {
        if (ipcMain != null) {
            registered.forEach(ipcMain::removeHandler);
        }
    }

    private static Object invoke(BrowserWindow w, String argsJs) {
        return eval(w, "ipcRenderer.invoke(" + argsJs + ").then(v => 'ok:' + JSON.stringify(v), e => 'err:' + e.message)");
    }

    @Test
    void handleAllRegistersEveryAnnotatedMethodByItsChannel(TestWindows t) {
        register(t);
        assertEquals(List.of("typed:fail", "typed:load", "typed:maybe", "typed:nothing", "typed:bytes", "typed:save",
                "typed:search", "typed:sum", "typed:who"), registered);
    }

    @Test
    void recordsEnumsListsAndInstantsCrossBothWays(TestWindows t) {
        register(t);
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:{\"id\":{\"value\":\"n1\"},\"title\":\"title of n1\",\"color\":\"GREEN\",\"tags\":[\"a\",\"b\"],"
                + "\"created\":\"1970-01-01T00:00:01.000Z\"}", invoke(w, "'typed:load', {value: 'n1'}"));
        assertEquals("ok:\"n2|T|RED|[x, y]|5000\"", invoke(w, "'typed:save', {id: {value: 'n2'}, title: 'T', "
                + "color: 'RED', tags: ['x', 'y'], created: new Date(5000)}"));
        assertEquals(true, eval(w, "ipcRenderer.invoke('typed:load', {value: 'n'}).then(n => n.created instanceof Date)"));
    }

    @Test
    void pojosOptionalsAndCompletionStages(TestWindows t) {
        register(t);
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:\"3:GREEN\"", invoke(w, "'typed:search', {text: 'q', limit: 3}, 'GREEN'")
                .toString().replaceAll(".*\"title\":(\"[^\"]*\").*", "ok:$1"));
        assertEquals("ok:\"3:any\"", invoke(w, "'typed:search', {text: 'q', limit: 3}")
                .toString().replaceAll(".*\"title\":(\"[^\"]*\").*", "ok:$1"));
        assertEquals("ok:\"3:any\"", invoke(w, "'typed:search', {text: 'q', limit: 3}, undefined")
                .toString().replaceAll(".*\"title\":(\"[^\"]*\").*", "ok:$1"));
        assertEquals("some|true", eval(w, "Promise.all([ipcRenderer.invoke('typed:maybe', true), "
                + "ipcRenderer.invoke('typed:maybe', false)]).then(([a, b]) => a + '|' + (b === undefined))"));
    }

    @Test
    void bytesNumbersAndMaps(TestWindows t) {
        register(t);
        BrowserWindow w = t.page(PAGE);
        assertEquals("Uint8Array:6,4,2", eval(w, "ipcRenderer.invoke('typed:bytes', new Uint8Array([1, 2, 3]), 2)"
                + ".then(v => v.constructor.name + ':' + Array.from(v))"));
        assertEquals("ok:6.5", invoke(w, "'typed:sum', [1, 2, 3], {a: 0.25, b: 0.25}"));
    }

    @Test
    void theEventParameterTakesNoArgumentAndVoidIsUndefined(TestWindows t) {
        Notes notes = register(t);
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:\"hi #" + w.webContents().id() + " true\"", invoke(w, "'typed:who', 'hi'"));
        assertEquals(true, eval(w, "ipcRenderer.invoke('typed:nothing', 'n').then(v => v === undefined)"));
        assertEquals(List.of("n"), notes.calls);
    }

    @Test
    void aValueThatDoesNotFitRejectsWithTheParameterAndChannel(TestWindows t) {
        register(t);
        BrowserWindow w = t.page(PAGE);
        Object wrongEnum = invoke(w, "'typed:save', {id: {value: 'n'}, title: 'T', color: 'BLUE', tags: [], created: new Date(0)}");
        Object fraction = invoke(w, "'typed:bytes', new Uint8Array([1]), 2.5");
        Object missing = invoke(w, "'typed:load'");
        Object extra = invoke(w, "'typed:load', {value: 'n'}, 2");
        Object nullInt = invoke(w, "'typed:bytes', new Uint8Array([1]), null");
        assertEquals("err:Error invoking remote method 'typed:bytes': Error: argument 1 (times) of typed:bytes is not an int:"
                + " expected a int but got 2.5", fraction);
        assertEquals("err:Error invoking remote method 'typed:load': Error: argument 0 (id) of typed:load is missing: "
                + "typed:load(TypedIpcTest.NoteId id)", missing);
        assertEquals("err:Error invoking remote method 'typed:load': Error: typed:load takes 1 argument(s), not 2: "
                + "typed:load(TypedIpcTest.NoteId id)", extra);
        assertEquals("err:Error invoking remote method 'typed:bytes': Error: argument 1 (times) of typed:bytes must be an int,"
                + " not null", nullInt);
        assertEquals(true, wrongEnum.toString().startsWith("err:Error invoking remote method 'typed:save': Error: "
                + "argument 0 (note) of typed:save is not a TypedIpcTest.Note: ") && wrongEnum.toString().contains("BLUE"),
                wrongEnum.toString());
    }

    @Test
    void whatTheMethodThrowsCrossesAsItself(TestWindows t) {
        register(t);
        BrowserWindow w = t.page(PAGE);
        assertEquals("err:Error invoking remote method 'typed:fail': Error: the store is closed", invoke(w, "'typed:fail'"));
    }

    @Test
    void aPagesScopedIpcTakesEndpointsAndAClashRegistersNothing(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("typed:sum", (e, a) -> "taken");
        IllegalStateException clash = assertThrows(IllegalStateException.class,
                () -> w.webContents().ipc().handleAll(new Notes()));
        assertEquals("Attempted to register a second handler for 'typed:sum'", clash.getMessage());
        assertEquals("err:Error invoking remote method 'typed:load': Error: No handler registered for 'typed:load'",
                invoke(w, "'typed:load', {value: 'x'}"));
        w.webContents().ipc().removeHandler("typed:sum");
        w.webContents().ipc().handleAll(new Notes());
        assertEquals("ok:\"title of x\"", invoke(w, "'typed:load', {value: 'x'}").toString()
                .replaceAll(".*\"title\":(\"[^\"]*\").*", "ok:$1"));
    }

    @Test
    void anObjectWithoutEndpointsIsRefused(TestWindows t) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.shell().ipcMain().handleAll("not endpoints"));
        assertEquals("java.lang.String has no @IpcEndpoint method", e.getMessage());
    }
}
