package cefshell.internal.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated declarations with bridge-js's cefshell.d.ts, checked by the real TypeScript compiler: a page script
 * that uses the channels right compiles, one that passes a wrong type does not, and channels nobody typed stay open.
 */
// the first run downloads TypeScript and Node from npm's registry; longer than the suite's 3-minute default
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class GeneratedTypesCompileTest {
    private static final Path CEFSHELL_D_TS = Path.of("..", "bridge-js", "types", "cefshell.d.ts");

    @TempDir
    Path dir;

    private Tsc.Result check(String page) throws Exception {
        Path types = Files.writeString(dir.resolve("ipc.d.ts"),
                TypeScriptDeclarations.of("notes", List.of(NotesEndpoints.class)));
        Path script = Files.writeString(dir.resolve("page.ts"), page);
        return Tsc.check(List.of(CEFSHELL_D_TS.toAbsolutePath(), types, script));
    }

    @Test
    void aPageUsingTheChannelsRightCompiles() throws Exception {
        Tsc.Result r = check("""
                async function main(): Promise<void> {
                  const note: CefShell.Ipc.Note = await window.ipcRenderer.invoke('notes:load', { value: 'n1' });
                  const title: string = note.title;
                  const when: Date = note.created;
                  const bytes: Uint8Array = note.attachment;
                  const color: 'RED' | 'GREEN' = note.color;
                  const found = await ipcRenderer.invoke('notes:search',
                      { version: 1, text: 'q', colors: new Set(['RED'] as const), big: 1n, samples: [] });
                  const first: CefShell.Ipc.Note | undefined = found[0];
                  await ipcRenderer.invoke('notes:search',
                      { version: 1, text: 'q', colors: new Set<CefShell.Ipc.Color>(), big: 2n, samples: [note] }, 10);
                  const nothing: void = await ipcRenderer.invoke('notes:remove', { value: 'n1' }, true);
                  const maybe: CefShell.Ipc.Note | undefined = await ipcRenderer.invoke('notes:maybe', new Map(), [1, 2]);
                  const untyped: any = await ipcRenderer.invoke('not-typed', 1, 'two', { three: 3 });
                  console.log(title, when, bytes, color, first, nothing, maybe, untyped);
                }
                main();
                """);
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void aWrongArgumentTypeIsACompileError() throws Exception {
        Tsc.Result r = check("""
                window.ipcRenderer.invoke('notes:load', 42);
                ipcRenderer.invoke('notes:remove', { value: 'n1' }, 'yes');
                ipcRenderer.invoke('notes:load', { value: 'n1' }, 'extra');
                ipcRenderer.invoke('notes:search', { version: 1, text: 'q', colors: new Set(['BLUE']), big: 1n, samples: [] });
                ipcRenderer.invoke('notes:load', { value: 'n1' }).then(note => note.missing);
                """);
        assertEquals(2, r.exitCode(), r.output());
        String out = r.output();
        assertTrue(out.contains("page.ts(1,41): error TS2345: Argument of type 'number' is not assignable to parameter"
                + " of type 'NoteId'"), out);
        assertTrue(out.contains("page.ts(2,53): error TS2345: Argument of type 'string' is not assignable to parameter"
                + " of type 'boolean'"), out);
        assertTrue(out.contains("page.ts(3,51): error TS2554: Expected 2 arguments, but got 3."), out);
        assertTrue(out.contains("page.ts(4,"), out);
        assertTrue(out.contains("page.ts(5,") && out.contains("Property 'missing' does not exist on type 'Note'"), out);
        assertEquals(5, out.lines().filter(l -> l.contains("error TS")).count(), out);
    }
}
