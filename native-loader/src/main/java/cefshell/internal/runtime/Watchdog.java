package cefshell.internal.runtime;

/** Last resort against a hung shutdown: halts the JVM unless interrupted in time. */
final class Watchdog {
    private Watchdog() {
    }

    static Thread haltAfter(long millis, String what) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("cefshell: " + what + " did not finish within " + millis + " ms; halting.");
            Runtime.getRuntime().halt(3);
        }, "cefshell-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
