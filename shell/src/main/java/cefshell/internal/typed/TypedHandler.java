package cefshell.internal.typed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import cefshell.IpcArgs;
import cefshell.IpcHandler;
import cefshell.IpcMainInvokeEvent;
import cefshell.Undefined;

/**
 * Calls one {@code @IpcEndpoint} method for an invoke: converts each argument to its parameter's declared type with
 * the codec's converter (through {@link IpcArgs#get(int, Type)}), checks the count, calls the method and hands back
 * what it returned. An argument that does not fit is an {@link IllegalArgumentException} naming the channel and the
 * parameter, which the dispatcher sends to the page like any handler error; an exception the method throws crosses as
 * itself, not wrapped.
 */
final class TypedHandler implements IpcHandler {
    private final Object target;
    private final Endpoint endpoint;
    private final int arity;

    TypedHandler(Object target, Endpoint endpoint) {
        this.target = target;
        this.endpoint = endpoint;
        this.arity = endpoint.method().getParameterCount();
    }

    @Override
    public Object handle(IpcMainInvokeEvent event, IpcArgs args) throws Exception {
        Object[] values = new Object[arity];
        Class<?>[] types = endpoint.method().getParameterTypes();
        for (int i = 0; i < arity; i++) {
            if (types[i] == IpcMainInvokeEvent.class) {
                values[i] = event;
            }
        }
        if (args.size() > endpoint.params().size()) {
            throw new IllegalArgumentException(endpoint.channel() + " takes " + endpoint.params().size()
                    + " argument(s), not " + args.size() + ": " + endpoint.signature());
        }
        for (int i = 0; i < endpoint.params().size(); i++) {
            Endpoint.Param p = endpoint.params().get(i);
            values[p.position()] = argument(args, i, p);
        }
        Object result;
        try {
            result = endpoint.method().invoke(target, values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(TypedHandler::plain);
        }
        return endpoint.method().getReturnType() == void.class ? Undefined.INSTANCE : plain(result);
    }

    private Object argument(IpcArgs args, int i, Endpoint.Param p) {
        Object raw = i < args.size() ? args.get(i) : Undefined.INSTANCE;
        boolean absent = raw == null || raw == Undefined.INSTANCE;
        if (JavaTypes.isOptional(p.type())) {
            return absent ? Optional.empty() : Optional.of(convert(args, i, p, JavaTypes.argument(p.type(), 0)));
        }
        if (i >= args.size()) {
            throw new IllegalArgumentException("argument " + i + " (" + p.name() + ") of " + endpoint.channel()
                    + " is missing: " + endpoint.signature());
        }
        if (absent && JavaTypes.raw(p.type()).isPrimitive()) {
            throw new IllegalArgumentException("argument " + i + " (" + p.name() + ") of " + endpoint.channel()
                    + " must be " + JavaTypes.withArticle(p.type()) + ", not " + (raw == null ? "null" : "undefined"));
        }
        return absent ? null : convert(args, i, p, p.type());
    }

    private Object convert(IpcArgs args, int i, Endpoint.Param p, Type type) {
        try {
            return args.get(i, type);
        } catch (IllegalArgumentException e) {
            // IpcArgs says "argument 0 (Double) cannot be converted to ...": say it with the parameter and channel
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new IllegalArgumentException("argument " + i + " (" + p.name() + ") of " + endpoint.channel()
                    + " is not " + JavaTypes.withArticle(type) + ": " + why, e);
        }
    }

    /** An empty Optional result is undefined in the page, as the codec sends it; kept as a value otherwise. */
    private static Object plain(Object value) {
        return value instanceof Optional<?> o ? o.orElse(null) == null ? Undefined.INSTANCE : o.get() : value;
    }
}
