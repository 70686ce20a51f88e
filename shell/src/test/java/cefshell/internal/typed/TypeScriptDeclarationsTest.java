package cefshell.internal.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cefshell.IpcEndpoint;

/** The declarations' text, type by type, following the README's type table (no TypeScript compiler needed). */
class TypeScriptDeclarationsTest {
    private static final String TS = TypeScriptDeclarations.of("notes", List.of(NotesEndpoints.class));

    private static void has(String expected) {
        assertTrue(TS.contains(expected), "missing:\n" + expected + "\nin:\n" + TS);
    }

    @Test
    void eachChannelListsItsArgumentsAndSettledResult() {
        has("'notes:load': { args: [id: Ipc.NoteId]; result: Ipc.Note };");
        has("'notes:search': { args: [filter: Ipc.Filter, limit?: number | undefined]; result: Ipc.Note[] };");
        has("'notes:remove': { args: [id: Ipc.NoteId, force: boolean]; result: void };");
        has("'notes:maybe': { args: [byColor: Map<Ipc.Color, string>, weights: number[]]; result: Ipc.Note | undefined };");
    }

    @Test
    void recordsBecomeInterfacesAndEnumsStringUnions() {
        has("export interface Note {\n      id: Ipc.NoteId;\n      title: string;\n      color: Ipc.Color;\n"
                + "      tags: string[];\n      created: Date;\n      attachment: Uint8Array;\n"
                + "      summary?: string | undefined;\n      counts: Record<string, number>;\n    }");
        has("export type Color = 'RED' | 'GREEN';");
        has("export interface NoteId {\n      value: string;\n    }");
    }

    @Test
    void pojosFollowGsonsFieldRules() {
        has("export interface Filter {\n      version: number;\n      text: string;\n      colors: Set<Ipc.Color>;\n"
                + "      big: bigint;\n      samples: Ipc.Note[];\n    }");
    }

    @Test
    void everyTypeIsDeclaredOnce() {
        assertEquals(1, TS.split("export interface Note ", -1).length - 1, TS);
        assertEquals(1, TS.split("export type Color ", -1).length - 1, TS);
    }

    public static final class Clash {
        @IpcEndpoint("notes:load")
        public String load(String id) {
            return id;
        }
    }

    @Test
    void aChannelDeclaredTwiceIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypeScriptDeclarations.of("x", List.of(NotesEndpoints.class, Clash.class)));
        assertTrue(e.getMessage().startsWith("two @IpcEndpoint methods for 'notes:load'"), e.getMessage());
    }
}
