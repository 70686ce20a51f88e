package cefshell;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JavaScript {@code Map}: keys of any type, in insertion order.
 *
 * <p>It is an ordinary {@link LinkedHashMap}; the subclass only marks it, so that it encodes as a JavaScript
 * {@code Map} rather than as a plain object (any other {@link Map} becomes a plain object with string keys).
 * Keys compare with {@code equals}, not by identity as in JavaScript, so distinct but equal container keys
 * of a JavaScript Map collapse into one entry here.
 */
public class JsMap extends LinkedHashMap<Object, Object> {

    private static final long serialVersionUID = 1L;

    /** An empty map. */
    public JsMap() {
    }

    /** A map holding the entries of {@code entries}, in its iteration order. */
    public JsMap(Map<?, ?> entries) {
        super(entries);
    }
}
