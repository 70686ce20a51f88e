package cefshell.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cefshell.internal.runtime.ProfileCleanup;

/**
 * The raw side, in a process of its own ({@link RawProcess}): the same JVM, options and classpath as the bench, its own
 * CEF with a temporary profile. Each call waits for the child's answer, bounded as the in-process side's waits are.
 */
final class RemoteRawSide implements Side {
    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;
    private final Path profile;

    RemoteRawSide(Path pages, int width, int height) {
        try {
            profile = Files.createTempDirectory("cefshell-bench-raw-profile-");
        } catch (IOException e) {
            throw new BenchFailure("cannot create the raw side's profile: " + e, e);
        }
        List<String> cmd = ChildJvm.command(RawProcess.class,
                List.of(pages.toString(), profile.toString(), String.valueOf(width), String.valueOf(height)));
        try {
            process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new BenchFailure("cannot start the raw side's process: " + e, e);
        }
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        await(60, "the raw side's process to start");
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public JsonElement eval(String expression) {
        JsonObject r = request("eval", 150, expression, o -> o.addProperty("expr", expression));
        return JsonParser.parseString(r.get("ok").getAsString());
    }

    @Override
    public double push(int count, String payload) {
        JsonObject r = request("push", 90, "raw: " + count + " pushed messages", o -> {
            o.addProperty("count", count);
            o.addProperty("payload", payload);
        });
        return r.get("ok").getAsDouble();
    }

    @Override
    public void close() {
        try {
            request("close", 20, "the raw side to close", o -> { });
            List<ProcessHandle> helpers = process.descendants().toList(); // may outlive it, writing to its profile
            process.waitFor(10, TimeUnit.SECONDS);
            ProfileCleanup.awaitExits(helpers, 3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            ProfileCleanup.delete(profile);
        }
    }

    private synchronized JsonObject request(String op, long seconds, String what,
                                            java.util.function.Consumer<JsonObject> fill) {
        JsonObject o = new JsonObject();
        o.addProperty("op", op);
        fill.accept(o);
        try {
            requests.write(o + "\n");
            requests.flush();
        } catch (IOException e) {
            throw new BenchFailure("the raw side's process is gone (" + what + "): " + e, e);
        }
        return await(seconds, what);
    }

    /** The child's next answer; an {@code error} answer or silence past {@code seconds} fails the bench. */
    private JsonObject await(long seconds, String what) {
        CompletableFuture<JsonObject> next = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = answers.readLine()) != null) {
                    if (line.startsWith(RawProcess.MARK)) {
                        return JsonParser.parseString(line.substring(RawProcess.MARK.length())).getAsJsonObject();
                    }
                }
                throw new BenchFailure("the raw side's process ended (" + what + ")");
            } catch (IOException e) {
                throw new BenchFailure("cannot read the raw side's answer: " + e, e);
            }
        });
        JsonObject answer = Waits.get(next, seconds, what);
        if (answer.has("error")) {
            throw new BenchFailure("raw: " + answer.get("error").getAsString());
        }
        return answer;
    }
}
