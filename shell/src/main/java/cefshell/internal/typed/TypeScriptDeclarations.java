package cefshell.internal.typed;

import java.util.List;

/**
 * Writes the {@code .d.ts} that {@code shell types} produces: the types that endpoint signatures name, in namespace
 * {@code CefShell.Ipc}, and one entry per channel in {@code CefShell.IpcInvokeChannels}, which the {@code invoke} of
 * cefshell.d.ts reads. With both files, {@code ipcRenderer.invoke('notes:load', 42)} is a compile error when
 * {@code notes:load} takes a {@code NoteId}, and its promise has the Java method's result type; channels without an
 * entry keep {@code invoke(channel: string, ...args: any[])}.
 */
public final class TypeScriptDeclarations {
    private TypeScriptDeclarations() {
    }

    /**
     * @param title what the header comment names as the source, e.g. the app's name
     * @throws IllegalArgumentException if two classes declare the same channel
     */
    public static String of(String title, List<Class<?>> endpointClasses) {
        TsTypes types = new TsTypes("Ipc.");
        StringBuilder channels = new StringBuilder();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Class<?> c : endpointClasses) {
            for (Endpoint e : TypedEndpoints.of(c)) {
                String where = c.getName() + "." + e.method().getName();
                String before = seen.put(e.channel(), where);
                if (before != null) {
                    throw new IllegalArgumentException("two @IpcEndpoint methods for '" + e.channel() + "': " + before
                            + " and " + where);
                }
                channels.append("    /** ").append(JavaTypes.simpleName(c)).append('.').append(e.method().getName())
                        .append(" */\n    ").append(quote(e.channel())).append(": { args: [")
                        .append(arguments(types, e)).append("]; result: ")
                        .append(types.of(JavaTypes.settled(e.result()))).append(" };\n");
            }
        }
        StringBuilder out = new StringBuilder()
                .append("// IPC types of ").append(title).append(", written by `shell types` from its @IpcEndpoint\n")
                .append("// methods: do not edit, run it again. Use with cefshell.d.ts, whose ipcRenderer.invoke\n")
                .append("// checks the arguments and result of each channel below.\n\n")
                .append("declare namespace CefShell {\n  namespace Ipc {\n");
        for (String d : types.declarations()) {
            out.append(d.indent(4));
        }
        return out.append("  }\n\n  interface IpcInvokeChannels {\n").append(channels).append("  }\n}\n").toString();
    }

    /** {@code id: Ipc.NoteId, limit?: number}: a trailing Optional may be left out, as the handler allows. */
    private static String arguments(TsTypes types, Endpoint e) {
        List<Endpoint.Param> params = e.params();
        int required = params.size();
        while (required > 0 && JavaTypes.isOptional(params.get(required - 1).type())) {
            required--;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            Endpoint.Param p = params.get(i);
            b.append(i == 0 ? "" : ", ").append(p.name()).append(i >= required ? "?: " : ": ").append(types.of(p.type()));
        }
        return b.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
