package cefshell.internal.guest;

import java.util.List;
import java.util.function.Consumer;

import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.ipc.Reply;

/**
 * The {@code <webview>} element's operations on its guest, as its bridge names them (webview/element.js); arguments
 * after the view id. Each answers through {@code reply} exactly once.
 */
final class GuestOps {
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
            case "loadURL" -> {
                wc.loadURL(string(args, 0, "url"));
                reply.result(null);
            }
            case "reload" -> done(reply, wc::reload);
            case "stop" -> done(reply, () -> wc.host().browser().stopLoad());
            case "goBack" -> done(reply, () -> wc.host().browser().goBack());
            case "goForward" -> done(reply, () -> wc.host().browser().goForward());
            case "openDevTools" -> done(reply, wc::openDevTools);
            case "executeJavaScript" -> wc.executeJavaScript(string(args, 0, "code")).whenComplete((v, e) -> {
                if (e != null) {
                    reply.error(e instanceof cefshell.JsError js ? js.getMessage() : "Error: " + e.getMessage());
                } else {
                    reply.result(v);
                }
            });
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
