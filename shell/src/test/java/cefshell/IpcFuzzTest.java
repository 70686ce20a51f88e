package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.Gson;

import cefshell.internal.ipc.NearValid;
import cefshell.internal.ipc.WireNames;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * A hostile page feeds every real transport near-valid and random requests, bypassing ipcRenderer: raw
 * {@code window.cefQuery} texts, binary frames POSTed to {@code /__cefshell/ipc}, sync XHRs to {@code /__cefshell/sync}
 * and marker prompts. Every one is answered with an error and none reaches a handler or listener; the page's real IPC
 * works afterwards. Seeded and bounded (the Chromium-free InboundTest fuzzes many more).
 */
@ExtendWith(ShellExtension.class)
class IpcFuzzTest {
    private static final int PER_TRANSPORT = 120;
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    @Test
    void fuzzedRequestsOnEveryTransportReachNoHandler(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        AtomicInteger calls = new AtomicInteger();
        for (String c : new String[] {"c", "h", "fz"}) {
            w.webContents().ipc().on(c, (e, a) -> calls.incrementAndGet());
            w.webContents().ipc().handle(c, (e, a) -> calls.incrementAndGet());
        }
        w.webContents().onIpcMessage((e, c, a) -> calls.incrementAndGet());
        w.webContents().onIpcMessageSync((e, c, a) -> calls.incrementAndGet());
        String doc = (String) eval(w, "__cefshell.transport.stats().docId");
        List<String> valid = List.of(
                "{\"d\":\"" + doc + "\",\"s\":1,\"m\":[[0,\"c\",[1,\"two\",{\"k\":[true,null]}]]]}",
                "{\"i\":1,\"d\":\"" + doc + "\",\"s\":1,\"m\":[[0,\"c\",[]],[1,\"h\",[]]]}",
                "{\"d\":\"" + doc + "\",\"s\":1,\"m\":[[2,\"c\",[\"s\"]]]}");
        Random random = new Random(1130);
        List<String> texts = new ArrayList<>();
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < PER_TRANSPORT; i++) {
            String text = NearValid.mutate(valid.get(random.nextInt(valid.size())), random);
            texts.add(text);
            byte[] frame = i % 4 == 0 ? randomBytes(random) : NearValid.asFrame(text, random);
            frames.add(Base64.getEncoder().encodeToString(frame));
        }
        String json = new Gson().toJson(List.of(texts, frames));
        Object result = eval(w, """
                (async () => {
                  const [texts, frames] = %s;
                  const marker = %s;
                  const bad = [];
                  for (const text of texts) {
                    const q = await new Promise((resolve) => cefQuery({ request: text, persistent: false,
                        onSuccess: (r) => resolve('success ' + r), onFailure: (code) => resolve(code) }));
                    if (typeof q !== 'number') bad.push('cefQuery ' + text + ' -> ' + q);
                    const xhr = new XMLHttpRequest();
                    xhr.open('POST', '/__cefshell/sync', false);
                    xhr.send(text);
                    if (xhr.status < 400) bad.push('sync ' + text + ' -> ' + xhr.status);
                    const p = prompt(marker + text);
                    if (p === null || (p[0] !== 'x' && p[0] !== 'f')) bad.push('prompt ' + text + ' -> ' + p);
                  }
                  for (const b64 of frames) {
                    const body = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
                    const r = await fetch('/__cefshell/ipc', { method: 'POST', body });
                    if (r.status < 400) bad.push('frame ' + b64 + ' -> ' + r.status);
                  }
                  return JSON.stringify(bad);
                })()""".formatted(json, new Gson().toJson(WireNames.PROMPT_MARKER)));
        assertEquals("[]", result, "requests that were not refused");
        assertEquals(0, calls.get(), "handler and listener calls from " + 4 * PER_TRANSPORT + " fuzzed requests");
        assertEquals(1.0, eval(w, "ipcRenderer.invoke('h')"), "the page's real IPC still works");
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(48)];
        random.nextBytes(b);
        return b;
    }
}
