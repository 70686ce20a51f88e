package cefshell.internal.ipc;

/** The installed {@link PortRelay}: one per process, as CEF is (set at start by the shell). */
public final class PortRelays {
    private static volatile PortRelay current = PortRelay.NONE;

    private PortRelays() {
    }

    public static void install(PortRelay relay) {
        current = java.util.Objects.requireNonNull(relay, "relay");
    }

    static PortRelay current() {
        return current;
    }
}
