package cefshell.internal.typed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;

import cefshell.IpcArgs;
import cefshell.IpcEndpoint;
import cefshell.IpcHandler;
import cefshell.IpcMainInvokeEvent;
import cefshell.Undefined;
import cefshell.WebContents;
import cefshell.WebFrameMain;
import cefshell.internal.codec.ValueConverter;

/**
 * Typed handlers without Chromium: decoded values (as the codec gives them: Double, Map, Instant, byte[]...) in,
 * the declared parameter types out; the whole path through a page is in TypedIpcTest.
 */
class TypedHandlerTest {
    /** Decoded arguments converted as the IPC core's IpcArgs does: through the codec's converter. */
    private record Args(List<Object> values) implements IpcArgs {
        @Override public int size() { return values.size(); }
        @Override public Object get(int i) { return values.get(i); }
        @Override public <T> T get(int i, Class<T> type) { return get(i, (Type) type); }
        @Override public List<Object> asList() { return values; }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(int i, Type type) {
            try {
                return (T) ValueConverter.convert(values.get(i), type);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("argument " + i + " cannot be converted: " + e.getMessage(), e);
            }
        }
    }

    private static final IpcMainInvokeEvent EVENT = new IpcMainInvokeEvent() {
        @Override public WebContents sender() { return null; }
        @Override public WebFrameMain senderFrame() { return null; }
        @Override public String frameId() { return "f1"; }
        @Override public int processId() { return 1; }
    };

    public record Point(int x, int y) { }

    public enum Shape { CIRCLE, SQUARE }

    public static final class Style {
        String color;
        double width;
    }

    public static class Endpoints {
        final List<Object> got = new ArrayList<>();

        @IpcEndpoint("t:all")
        public String all(Point p, Style s, Shape shape, List<Point> points, byte[] bytes, Instant when,
                          Map<String, Integer> counts, long big, Optional<Shape> maybe) {
            got.addAll(Arrays.asList(p, s.color + "/" + s.width, shape, points, bytes, when, counts, big, maybe));
            return "ok";
        }

        @IpcEndpoint("t:event")
        public String event(String a, IpcMainInvokeEvent event, String b) {
            return a + event.frameId() + b;
        }

        @IpcEndpoint("t:later")
        public CompletionStage<Optional<String>> later(boolean some) {
            return CompletableFuture.completedFuture(some ? Optional.of("x") : Optional.empty());
        }

        @IpcEndpoint("t:throws")
        public void throwsChecked() throws Exception {
            throw new java.io.IOException("disk full");
        }
    }

    private static IpcHandler handler(Object target, String channel) {
        return TypedEndpoints.handlers(target).get(channel);
    }

    private static Object call(Object target, String channel, Object... values) throws Exception {
        return handler(target, channel).handle(EVENT, new Args(Arrays.asList(values)));
    }

    @Test
    void eachArgumentIsConvertedToItsDeclaredType() throws Exception {
        Endpoints e = new Endpoints();
        Map<String, Object> style = new LinkedHashMap<>(Map.of("color", "red", "width", 2.5));
        Object result = call(e, "t:all", Map.of("x", 1.0, "y", 2.0), style, "SQUARE",
                List.of(Map.of("x", 3.0, "y", 4.0)), new byte[] {7}, Instant.ofEpochMilli(9),
                Map.of("a", 1.0), 1e12, Undefined.INSTANCE);
        assertEquals("ok", result);
        assertEquals(new Point(1, 2), e.got.get(0));
        assertEquals("red/2.5", e.got.get(1));
        assertEquals(Shape.SQUARE, e.got.get(2));
        assertEquals(List.of(new Point(3, 4)), e.got.get(3));
        assertArrayEquals(new byte[] {7}, (byte[]) e.got.get(4));
        assertEquals(Instant.ofEpochMilli(9), e.got.get(5));
        assertEquals(Map.of("a", 1), e.got.get(6));
        assertEquals(1_000_000_000_000L, e.got.get(7));
        assertEquals(Optional.empty(), e.got.get(8));
    }

    @Test
    void aTrailingOptionalMayBeLeftOutOrGiven() throws Exception {
        Endpoints e = new Endpoints();
        Object[] base = {Map.of("x", 1.0, "y", 2.0), Map.of(), "CIRCLE", List.of(), new byte[0], Instant.EPOCH,
                Map.of(), 1.0};
        call(e, "t:all", base);
        assertEquals(Optional.empty(), e.got.get(8));
        Object[] withShape = Arrays.copyOf(base, 9);
        withShape[8] = "CIRCLE";
        call(e, "t:all", withShape);
        assertEquals(Optional.of(Shape.CIRCLE), e.got.get(17));
    }

    @Test
    void theEventGoesWhereItIsDeclaredAndTakesNoArgument() throws Exception {
        assertEquals("af1b", call(new Endpoints(), "t:event", "a", "b"));
    }

    @Test
    void anOptionalResultIsItsValueOrUndefinedAlsoInsideAStage() throws Exception {
        Object some = ((CompletionStage<?>) call(new Endpoints(), "t:later", true)).toCompletableFuture().get();
        Object none = ((CompletionStage<?>) call(new Endpoints(), "t:later", false)).toCompletableFuture().get();
        assertEquals("x", some);
        assertSame(Undefined.INSTANCE, none);
    }

    @Test
    void whatTheMethodThrowsIsThrownAsItself() {
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> call(new Endpoints(), "t:throws"));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void valuesThatDoNotFitNameTheParameterAndChannel() {
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> call(new Endpoints(), "t:all", Map.of("x", 1.5, "y", 2.0)));
        assertTrue(fraction.getMessage().startsWith("argument 0 (p) of t:all is not a TypedHandlerTest.Point: "),
                fraction.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> call(new Endpoints(), "t:all", Map.of("x", 1.0, "y", 2.0), Map.of(), "TRIANGLE"));
        assertTrue(shape.getMessage().startsWith("argument 2 (shape) of t:all is not a TypedHandlerTest.Shape: ")
                && shape.getMessage().contains("[CIRCLE, SQUARE]"), shape.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> call(new Endpoints(), "t:event", "a"));
        assertEquals("argument 1 (b) of t:event is missing: t:event(String a, String b)", missing.getMessage());
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> call(new Endpoints(), "t:event", "a", "b", "c"));
        assertEquals("t:event takes 2 argument(s), not 3: t:event(String a, String b)", extra.getMessage());
    }

    public static class Sub extends Endpoints {
        @Override
        @IpcEndpoint("t:event2")
        public String event(String a, IpcMainInvokeEvent event, String b) {
            return "sub";
        }
    }

    static class Hidden {
        @IpcEndpoint("t:hidden")
        String hidden() {
            return "";
        }
    }

    @Test
    void anOverrideDeclaresItsOwnChannelAndMisuseIsRefused() throws Exception {
        assertEquals(List.of("t:all", "t:event2", "t:later", "t:throws"),
                List.copyOf(TypedEndpoints.handlers(new Sub()).keySet()));
        IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class,
                () -> TypedEndpoints.handlers(new Hidden()));
        assertEquals("@IpcEndpoint method " + Hidden.class.getName() + ".hidden must be public and not static",
                hidden.getMessage());
    }
}
