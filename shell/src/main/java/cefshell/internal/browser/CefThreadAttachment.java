package cefshell.internal.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * Keeps CEF's UI and IO threads attached to the JVM for good, so that JCEF's calls into Java from them stop attaching
 * and detaching the thread every time.
 *
 * <p>Why: JCEF's native side attaches a CEF thread to the JVM at the start of each call into Java and detaches it at
 * the end, unless the thread was attached already. Every handler call (a cefQuery, a load event, a dialog, a resource
 * read) thus makes and ends a Java thread: a {@code java.lang.Thread}, a fresh allocation buffer thrown away at once,
 * and the JVM's thread-list locks, twice per call. Measured in {@code shell bench}: 100 000 thread starts in 20 s,
 * and a young collection every 100 ms with nothing to collect (BENCHMARKS.md). JCEF only detaches threads it
 * attached itself, so a thread attached beforehand stays attached.
 *
 * <p>How: a task is posted to each thread through CEF's C API ({@code cef_post_task}), and runs there as a JNA
 * callback outside any JCEF call; JNA attaches the thread for it and, told not to detach, leaves it attached (JNA
 * detaches it when the native thread ends). No user code runs on these threads because of this: the task only
 * returns. Through JNA because Java has no other way to run code on a CEF thread outside JCEF's own calls.
 */
public final class CefThreadAttachment {
    private static final Logger LOG = Logger.getLogger(CefThreadAttachment.class.getName());
    /** cef_thread_id_t */
    private static final int TID_UI = 0;
    private static final int TID_IO = 5;

    /** The callbacks of a cef_task_t, and the struct itself, live as long as the process: CEF may call them late. */
    private static final List<Task> TASKS = new ArrayList<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final Object LOCK = new Object();
    /** Set before CEF shuts down: no task is posted from then on. Guarded by {@link #LOCK}. */
    private static boolean closing;
    /** The task posted last, done once it has run. Guarded by {@link #LOCK}. */
    private static CompletableFuture<Thread> pending = CompletableFuture.completedFuture(null);
    private static final int TRIES = 20;
    private static final long RETRY_MILLIS = 100;

    private CefThreadAttachment() {
    }

    /** Void callback of a CEF ref-counted struct ({@code add_ref}, {@code execute}). */
    public interface VoidFn extends Callback {
        void invoke(Pointer self);
    }

    /** Int callback of a CEF ref-counted struct ({@code release}, {@code has_one_ref}...). */
    public interface IntFn extends Callback {
        int invoke(Pointer self);
    }

    /**
     * {@code cef_task_t}: {@code cef_base_ref_counted_t} (size, add_ref, release, has_one_ref, has_at_least_one_ref)
     * and {@code execute}. Never freed, so its reference count is moot: release says "not deleted".
     */
    @Structure.FieldOrder({"size", "addRef", "release", "hasOneRef", "hasAtLeastOneRef", "execute"})
    public static final class Task extends Structure {
        public NativeLong size;
        public VoidFn addRef;
        public IntFn release;
        public IntFn hasOneRef;
        public IntFn hasAtLeastOneRef;
        public VoidFn execute;
    }

    interface Cef extends Library {
        int cef_post_task(int threadId, Task task);
    }

    /**
     * Attaches CEF's threads, on a thread of its own, the first time a page has loaded: not before, because loading
     * JNA would compete with the first page's start (start-up is measured against raw JCEF), and the few calls made
     * before it cost what they always did.
     *
     * <p>On unless {@code -Dcefshell.attachCefThreads=false}, read at every call. It was opt-in for a while, after a
     * CI run in which {@code shell doctor --live} never exited; that stall was JCEF's lock-order deadlock between
     * {@code CefApp.dispose()} and a browser that finishes closing at that moment ({@code AppDisposal} in
     * native-loader), which this class only made likelier by moving the UI thread's timing.
     */
    static void afterFirstLoad() {
        if (STARTED.get()) {
            return; // every later load, on CEF's UI thread: nothing more to read or decide
        }
        if (Boolean.parseBoolean(System.getProperty("cefshell.attachCefThreads", "true"))
                && STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(CefThreadAttachment::attachUiAndIo, "cefshell-attach-cef-threads");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Called before CEF shuts down: posts nothing from now on, and lets a task already posted run first (at most
     * 2 s), so that CEF never holds one of these tasks while it shuts down: it would call into Java from its UI
     * thread then, to run the task or to free it. Only {@code Shell.quit()} calls it; an exit through
     * {@code System.exit} does not pass here: a task still pending is then freed during CEF's shutdown, calling into
     * Java once; a probe that left one pending on purpose (posted with a 60 s delay) and quit exited normally.
     */
    public static void beforeCefShutdown() {
        CompletableFuture<Thread> last;
        synchronized (LOCK) {
            closing = true;
            last = pending;
        }
        try {
            last.get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "a task for CEF's threads had not run when CEF began to shut down", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where it cannot be done, logs once and leaves JCEF's way. */
    private static void attachUiAndIo() {
        try {
            Cef cef = Native.load(LoadedLibcef.path(), Cef.class);
            attach(cef, TID_UI, "CEF UI");
            attach(cef, TID_IO, "CEF IO");
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "cannot keep CEF's threads attached to the JVM; calls from CEF will be slower", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Posts the task until JNA has attached the thread for it. A task can run while the thread is attached already,
     * inside a call of JCEF's that will detach it (CEF can run tasks in nested loops); then JNA neither attaches nor
     * keeps anything, and the task sees a thread of JCEF's, not one named {@code name}. So the task is posted again,
     * a little later, at most {@value #TRIES} times. A thread seen attached by someone else every time and still alive
     * then is attached for good already: it only gets the name. In off-screen mode CEF's UI thread is the AWT event
     * dispatch thread (JCEF's external message pump): a Java thread already, left as it is, name and all.
     */
    private static void attach(Cef cef, int threadId, String name) throws IOException, InterruptedException {
        Thread seen = null;
        for (int i = 0; i < TRIES; i++) {
            if (i > 0) {
                Thread.sleep(RETRY_MILLIS);
            }
            Task task = new Task();
            CompletableFuture<Thread> ran = new CompletableFuture<>();
            task.addRef = self -> { };
            task.release = self -> 0;
            task.hasOneRef = self -> 1;
            task.hasAtLeastOneRef = self -> 1;
            task.execute = self -> ran.complete(Thread.currentThread());
            // daemon, and not detached when the callback returns: that is the point
            Native.setCallbackThreadInitializer(task.execute, new CallbackThreadInitializer(true, false, name));
            task.size = new NativeLong(task.size());
            TASKS.add(task);
            synchronized (LOCK) {
                if (closing) {
                    return;
                }
                if (cef.cef_post_task(threadId, task) == 0) {
                    throw new IOException("CEF refused a task for its " + name + " thread");
                }
                pending = ran;
            }
            try {
                seen = ran.get(10, TimeUnit.SECONDS); // a busy thread runs it later
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("CEF's " + name + " thread did not run a task within 10 s");
            }
            if (seen.getName().equals(name)) {
                return; // JNA attached it for this task, with our initializer: for good
            }
            if (isEventDispatchThread(seen)) {
                return; // off-screen mode: CEF's message loop runs on the EDT, a Java thread of its own
            }
        }
        if (!seen.isAlive()) {
            throw new IOException("CEF's " + name + " thread was inside JCEF's calls at each of " + TRIES + " tries");
        }
        seen.setName(name);
    }

    private static boolean isEventDispatchThread(Thread t) {
        CompletableFuture<Thread> edt = new CompletableFuture<>();
        java.awt.EventQueue.invokeLater(() -> edt.complete(Thread.currentThread()));
        try {
            return edt.get(10, TimeUnit.SECONDS) == t;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
