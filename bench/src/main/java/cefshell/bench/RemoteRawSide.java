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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cefshell.internal.runtime.ProfileCleanup;

/**
 * The raw side, in a process of its own ({@link RawProcess}): the same JVM, options and classpath as the bench, its own
 * CEF with a temporary profile. Each call waits for the child's answer, bounded as the in-process side's waits are.
 */
final class RemoteRawSide implements Side {
    /** Put in the answers when the child's output ends. */
    private static final JsonObject ENDED = new JsonObject();

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<JsonObject> answers = new LinkedBlockingQueue<>();
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
        Thread reader = new Thread(this::readAnswers, "bench-raw-answers");
        reader.setDaemon(true);
        reader.start();
        try {
            await(60, "the raw side's process to start");
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
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
            stop();
        }
    }

    /** Ends the child and its helpers if they still run, and deletes its profile. */
    private void stop() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        ProfileCleanup.delete(profile);
    }

    private synchronized JsonObject request(String op, long seconds, String what, Consumer<JsonObject> fill) {
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

    /** The child's next answer; an {@code error} answer, its end or silence past {@code seconds} fails the bench. */
    private JsonObject await(long seconds, String what) {
        JsonObject answer;
        try {
            answer = answers.poll(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted waiting for " + what);
        }
        if (answer == null) {
            throw new BenchFailure("timed out after " + seconds + " s waiting for " + what);
        }
        if (answer == ENDED) {
            throw new BenchFailure("the raw side's process ended (" + what + ")");
        }
        if (answer.has("error")) {
            throw new BenchFailure("raw: " + answer.get("error").getAsString());
        }
        return answer;
    }

    /** On a thread of its own: the child's marked lines, in order; the rest is Chromium's and is skipped. */
    private void readAnswers() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(RawProcess.MARK)) {
                    answers.add(JsonParser.parseString(line.substring(RawProcess.MARK.length())).getAsJsonObject());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the child is gone or wrote nonsense: the waiting call fails below
        }
        answers.add(ENDED);
    }
}
