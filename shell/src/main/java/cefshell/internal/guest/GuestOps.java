package cefshell.internal.guest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import cefshell.internal.browser.Swing;
import cefshell.internal.browser.UserAgentOverride;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.ipc.Reply;

/**
 * The {@code <webview>} element's operations on its guest, as its bridge names them (webview/element.js); arguments
 * after the view id. Each answers through {@code reply} exactly once.
 */
final class GuestOps {
    private static final AtomicLong CSS_KEYS = new AtomicLong();
    private GuestOps() {
    }

    static void run(Guest g, String op, List<Object> args, Reply reply, Consumer<Guest> destroy) {
        WebContentsImpl wc = g.webContents();
        switch (op) {
            case "rect" -> {
                g.place(GuestViews.rect(args), args.size() > 4 && Boolean.TRUE.equals(args.get(4)));
                reply.result(null);
            }
            case "destroy" -> {
                destroy.accept(g);
                reply.result(null);
            }
            case "loadURL" -> loadURL(g, string(args, 0, "url"), args.size() > 1 && args.get(1) instanceof Map<?, ?> m
                    ? m : Map.of(), reply);
            case "insertCSS" -> {
                String key = "css-" + CSS_KEYS.incrementAndGet();
                script(wc, InsertedCss.insert(key, string(args, 0, "css")), reply, v -> key);
            }
            case "removeInsertedCSS" -> script(wc, InsertedCss.remove(string(args, 0, "key")), reply, v -> null);
            case "focus" -> done(reply, () -> Swing.later(() -> g.focus()));
            case "setUserAgent" -> {
                String ua = string(args, 0, "userAgent");
                g.userAgent(ua);
                UserAgentOverride.set(wc.host(), ua).whenComplete((v, e) -> {
                    if (e != null) {
                        reply.error("Error: " + e.getMessage());
                    } else {
                        reply.result(null);
                    }
                });
            }
            case "reload" -> done(reply, wc::reload);
            case "stop" -> done(reply, () -> wc.host().onBrowser(org.cef.browser.CefBrowser::stopLoad));
            case "goBack" -> done(reply, () -> wc.host().onBrowser(org.cef.browser.CefBrowser::goBack));
            case "goForward" -> done(reply, () -> wc.host().onBrowser(org.cef.browser.CefBrowser::goForward));
            case "openDevTools" -> done(reply, wc::openDevTools);
            case "executeJavaScript" -> script(wc, string(args, 0, "code"), reply, v -> v);
            case "send" -> {
                wc.send(string(args, 0, "channel"), args.subList(1, args.size()).toArray());
                reply.result(null);
            }
            case "sendToFrame" -> {
                Object frame = args.isEmpty() ? null : args.get(0);
                String frameId = frame instanceof String s ? s : frame instanceof Double d ? frameIdOf(d) : null;
                reply.result(frameId != null
                        && wc.sendToFrame(frameId, string(args, 1, "channel"), args.subList(2, args.size()).toArray()));
            }
            default -> reply.error("Error: Invalid method: " + op);
        }
    }

    /**
     * Electron's {@code loadURL(url, {httpReferrer, userAgent})}: the user agent from now on, the referrer for this
     * load only.
     */
    private static void loadURL(Guest g, String url, Map<?, ?> options, Reply reply) {
        WebContentsImpl wc = g.webContents();
        Object referrer = options.get("httpReferrer");
        if (referrer instanceof Map<?, ?> r) { // Electron also takes {url, policy}
            referrer = r.get("url");
        }
        g.requests().referrerOnce(referrer instanceof String s ? s : null);
        if (options.get("userAgent") instanceof String ua && !ua.isEmpty()) {
            g.userAgent(ua);
            UserAgentOverride.set(wc.host(), ua).whenComplete((v, e) -> {
                wc.loadURL(url);
                reply.result(null);
            });
            return;
        }
        wc.loadURL(url);
        reply.result(null);
    }

    /** Runs {@code code} in the guest's main frame; the reply is {@code result} of its value, or its error. */
    private static void script(WebContentsImpl wc, String code, Reply reply, Function<Object, Object> result) {
        wc.executeJavaScript(code).whenComplete((v, e) -> {
            if (e != null) {
                reply.error(e instanceof cefshell.JsError js ? js.getMessage() : "Error: " + e.getMessage());
            } else {
                reply.result(result.apply(v));
            }
        });
    }

    private static void done(Reply reply, Runnable action) {
        action.run();
        reply.result(null);
    }

    /** A number given for a frame id: CEF's ids are strings; a whole number names the frame with that text. */
    private static String frameIdOf(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : null;
    }

    private static String string(List<Object> args, int i, String what) {
        if (args.size() > i && args.get(i) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("bad " + what);
    }
}
