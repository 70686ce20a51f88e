package cefshell.internal.browser;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.google.gson.JsonObject;

import cefshell.JsError;
import cefshell.internal.codec.DeepSerializedValues;

/**
 * {@code executeJavaScript} through the DevTools protocol: the code runs in the page's main world as a script
 * ({@code Runtime.evaluate}), its completion value is returned and promises are awaited, as Electron's does, and no
 * Content-Security-Policy stops it. Used under context isolation (the bridge lives in another world) and, in the page
 * world, when the page's CSP forbids the bridge's {@code eval}.
 */
final class DevToolsEvaluation {
    private DevToolsEvaluation() {
    }

    static CompletableFuture<Object> evaluate(DevTools devTools, String code) {
        Map<String, Object> params = Map.of(
                "expression", code,
                "awaitPromise", true,
                "userGesture", true,
                "serializationOptions", Map.of("serialization", "deep", "maxDepth", 64));
        return devTools.call("Runtime.evaluate", params).thenApply(DevToolsEvaluation::value);
    }

    private static Object value(JsonObject answer) {
        if (answer.has("exceptionDetails")) {
            JsonObject details = answer.getAsJsonObject("exceptionDetails");
            String text = details.has("exception") && details.getAsJsonObject("exception").has("description")
                    ? details.getAsJsonObject("exception").get("description").getAsString()
                    : details.has("text") ? details.get("text").getAsString() : "Error";
            String firstLine = text.lines().findFirst().orElse(text);
            throw new JsError("Error", firstLine, text);
        }
        JsonObject result = answer.getAsJsonObject("result");
        if (result != null && result.has("deepSerializedValue")) {
            return DeepSerializedValues.toJava(result.getAsJsonObject("deepSerializedValue"));
        }
        return result == null ? null : DeepSerializedValues.toJava(result);
    }
}
