package progress;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.MessagePortMain;

/**
 * A Java worker that streams its progress to the page over the MessagePort the page sent with the job
 * ({@code ipcRenderer.postMessage('start-job', {steps}, [port])}), listens on the same port for "cancel", and
 * closes the port when it is done, which the page sees as the port's 'close' event.
 */
public class ProgressMain implements AppMain {
    @Override
    public void start(AppContext app) {
        app.ipcMain().on("start-job", (event, args) -> {
            int steps = ((Number) ((Map<?, ?>) args.get(0)).get("steps")).intValue();
            MessagePortMain port = event.ports().get(0);
            AtomicBoolean cancelled = new AtomicBoolean();
            port.onMessage(m -> cancelled.set("cancel".equals(m.data()))).start();
            Thread worker = new Thread(() -> {
                for (int i = 1; i <= steps && !cancelled.get(); i++) {
                    sleep(50); // the work
                    port.postMessage(Map.of("percent", i * 100 / steps));
                }
                System.out.println(cancelled.get() ? "job cancelled" : "job done: " + steps + " steps");
                port.close();
            }, "progress-worker");
            worker.setDaemon(true);
            worker.start();
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
