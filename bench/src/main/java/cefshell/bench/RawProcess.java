package cefshell.bench;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The raw side's process: raw JCEF ({@link RawCef}) and its page ({@link RawSide}) in a JVM of their own, driven
 * by {@link RemoteRawSide} over standard input and output.
 *
 * <p>Why a process of its own: CEF starts once per process, and what cefshell does to the process's CEF (it keeps
 * CEF's threads attached to the JVM, which makes every call from CEF cheaper) would otherwise speed up the raw side
 * too, and the ratios would compare cefshell with something faster than raw JCEF.
 *
 * <p>Arguments: the pages folder, the profile folder (made and deleted by the parent), width, height. Requests are one
 * JSON object a line: {@code {"op":"eval","expr":...}}, {@code {"op":"push","count":n,"payload":...}},
 * {@code {"op":"close"}}; each answer is one line, {@value #MARK} and a JSON object {@code {"ok":...}} or
 * {@code {"error":...}}. Everything else this process prints goes to standard error, and the parent ignores lines
 * without the mark (Chromium may write to standard output on its own).
 */
public final class RawProcess {
    static final String MARK = "@@raw ";

    private RawProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        RawCef.start(Path.of(args[1]));
        RawSide side = new RawSide(Path.of(args[0]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        answer(answers, "ok", "ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            JsonObject request = JsonParser.parseString(line).getAsJsonObject();
            String op = request.get("op").getAsString();
            if (op.equals("close")) {
                side.close();
                answer(answers, "ok", "closed");
                break;
            }
            try {
                JsonObject reply = new JsonObject();
                if (op.equals("eval")) {
                    reply.addProperty("ok", side.eval(request.get("expr").getAsString()).toString());
                } else if (op.equals("push")) {
                    reply.addProperty("ok", side.push(request.get("count").getAsInt(), request.get("payload").getAsString()));
                } else {
                    reply.addProperty("error", "unknown op " + op);
                }
                answers.println(MARK + reply);
            } catch (RuntimeException e) {
                answer(answers, "error", String.valueOf(e.getMessage()));
            }
        }
        System.exit(0); // jcefmaven's shutdown hook shuts CEF down
    }

    private static void answer(PrintStream answers, String key, String value) {
        JsonObject o = new JsonObject();
        o.addProperty(key, value);
        answers.println(MARK + o);
    }
}
