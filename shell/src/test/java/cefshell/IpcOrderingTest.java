package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * One frame's send, sendSync and invoke reach Java in the order they were called, whatever transport each takes:
 * small messages are batched over cefQuery, large and binary ones go over the document's socket (opened by the first
 * of them, while later ones wait), sendSync through the prompt or a sync XHR.
 */
@ExtendWith(ShellExtension.class)
class IpcOrderingTest {
    @Test
    void aThousandRandomInterleavingsArriveInCallOrder(TestWindows t) {
        BrowserWindow w = t.page("<html><head></head></html>");
        List<Integer> arrived = new CopyOnWriteArrayList<>();
        IpcListener record = (e, a) -> {
            arrived.add(a.get(0, int.class));
            if (e.isSync()) {
                e.setReturnValue(true);
            }
        };
        w.webContents().ipc().on("o", record).on("o-sync", record);
        w.webContents().ipc().handle("o-invoke", (e, a) -> {
            arrived.add(a.get(0, int.class));
            return a.get(1);
        });
        Object checks = eval(w, """
                (async () => {
                  let seed = 12345;
                  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
                  const big = 'x'.repeat(300 * 1024);
                  const pending = [];
                  for (let i = 0; i < 1000; i++) {
                    const r = random();
                    const payload = r < 0.05 ? big : r < 0.15 ? new Uint8Array(4096).fill(i % 256) : 'small ' + i;
                    const op = random();
                    if (op < 0.6) ipcRenderer.send('o', i, payload);
                    else if (op < 0.75) ipcRenderer.sendSync('o-sync', i, payload);
                    else pending.push(ipcRenderer.invoke('o-invoke', i, payload).then(v =>
                        typeof payload === 'string' ? v === payload : v.length === payload.length && v[0] === payload[0]));
                    if (random() < 0.02) await new Promise(r => setTimeout(r, 0));
                  }
                  const ok = await Promise.all(pending);
                  return ok.every(Boolean);
                })()""");
        assertEquals(true, checks, "every invoke echoed its payload");
        Awaits.until("1000 messages", 20, TimeUnit.SECONDS, () -> arrived.size() == 1000);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.add(i);
        }
        assertEquals(expected, arrived);
    }
}
