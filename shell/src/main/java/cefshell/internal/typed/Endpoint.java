package cefshell.internal.typed;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import cefshell.IpcEndpoint;
import cefshell.IpcMainInvokeEvent;

/**
 * One {@code @IpcEndpoint} method as the page sees it: its channel, the parameters that take the page's arguments
 * (the event parameter, if any, takes none) and its result type. Shared by the handler and the TypeScript writer, so
 * both read a signature the same way.
 */
record Endpoint(String channel, Method method, List<Param> params, Type result) {
    /** A parameter the page passes; {@code position} is its index among the method's parameters. */
    record Param(String name, Type type, int position) { }

    static Endpoint of(Method method) {
        IpcEndpoint a = method.getAnnotation(IpcEndpoint.class);
        String where = method.getDeclaringClass().getName() + "." + method.getName();
        if (a.value().isEmpty()) {
            throw new IllegalArgumentException("@IpcEndpoint on " + where + " has an empty channel");
        }
        List<Param> params = new ArrayList<>();
        Parameter[] all = method.getParameters();
        for (int i = 0; i < all.length; i++) {
            if (all[i].getType() == IpcMainInvokeEvent.class) {
                continue;
            }
            // without javac -parameters the names are arg0, arg1...: still unique, still valid TypeScript
            params.add(new Param(all[i].getName(), all[i].getParameterizedType(), i));
        }
        return new Endpoint(a.value(), method, List.copyOf(params), method.getGenericReturnType());
    }

    /** {@code notes:load(NoteId id, int limit)}, for error messages. */
    String signature() {
        StringBuilder b = new StringBuilder(channel).append('(');
        for (int i = 0; i < params.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(JavaTypes.simpleName(params.get(i).type())).append(' ')
                    .append(params.get(i).name());
        }
        return b.append(')').toString();
    }
}
