package cefshell.internal.codec;

import com.google.gson.Gson;
import java.util.function.Supplier;

/**
 * A Gson made on first use, once: building one costs tens of milliseconds on a cold JVM (about 100 classes), and
 * most IPC messages need none, so the codec must not build its Gson before a record or POJO asks for it.
 */
final class GsonOnDemand {
    private final Supplier<Gson> make;
    private volatile Gson gson;

    GsonOnDemand(Supplier<Gson> make) {
        this.make = make;
    }

    Gson get() {
        Gson g = gson;
        if (g == null) {
            synchronized (this) {
                if (gson == null) {
                    gson = make.get();
                }
                g = gson;
            }
        }
        return g;
    }
}
