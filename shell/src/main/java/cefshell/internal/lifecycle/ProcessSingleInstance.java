package cefshell.internal.lifecycle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * This process's single-instance lock, wherever it was taken: by {@code shell run} before Chromium starts (an app
 * whose app.json says {@code singleInstance}) or by the app through {@code Shell.requestSingleInstanceLock()}. Hand-overs
 * that arrive before the shell listens are kept and delivered when it does.
 */
public final class ProcessSingleInstance {
    private static SingleInstanceLock held;          // guarded by the class
    private static Consumer<Handover> sink;          // guarded by the class
    private static final List<Handover> EARLY = new ArrayList<>();

    private ProcessSingleInstance() {
    }

    /**
     * Takes the lock for {@code appName}, or hands this process's command line to its holder.
     *
     * @return true when this process holds the lock (now or already)
     * @throws IOException when the lock cannot be used or its holder does not answer
     */
    public static synchronized boolean request(String appName, String additionalData) throws IOException {
        if (held != null) {
            return true;
        }
        held = SingleInstanceLock.acquire(SingleInstanceLock.defaultFolder(), appName, thisProcess(additionalData),
                ProcessSingleInstance::arrived);
        return held != null;
    }

    public static synchronized boolean isHeld() {
        return held != null;
    }

    public static synchronized void release() {
        if (held != null) {
            held.close();
            held = null;
        }
    }

    /** Where later instances' hand-overs go (on the lock's thread); those that came already go there now. */
    public static synchronized void deliverTo(Consumer<Handover> s) {
        sink = s;
        EARLY.forEach(s);
        EARLY.clear();
    }

    private static synchronized void arrived(Handover h) {
        if (sink == null) {
            EARLY.add(h);
        } else {
            sink.accept(h);
        }
    }

    /** This process's command line as the OS has it (the JVM's, e.g. {@code java ... run app -- args}) and folder. */
    static Handover thisProcess(String additionalData) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> argv = new ArrayList<>();
        info.command().ifPresent(argv::add);
        info.arguments().ifPresent(a -> argv.addAll(List.of(a)));
        return new Handover(argv, System.getProperty("user.dir"), additionalData);
    }
}
