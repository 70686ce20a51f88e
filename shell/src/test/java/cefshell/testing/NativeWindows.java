package cefshell.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the X display's windows, as a window manager would list them, for windows Chromium opens itself
 * (DevTools), which Java cannot see. Reads {@code xwininfo -root -tree} (Debian package x11-utils) on the test's
 * display.
 */
public final class NativeWindows {
    private static final Pattern NAME = Pattern.compile("^\\s+0x[0-9a-f]+ \"(.*)\": ", Pattern.MULTILINE);

    private NativeWindows() {
    }

    /** The names, or null when a window went away during the query (xwininfo then fails): ask again. */
    public static List<String> names() {
        try {
            Process p = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                if (out.contains("Can't query window tree")) {
                    return null;
                }
                throw new AssertionError("xwininfo failed: " + out);
            }
            List<String> names = new ArrayList<>();
            Matcher m = NAME.matcher(out);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new AssertionError("cannot run xwininfo (install x11-utils): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** How many windows are named {@code name}; -1 when the display changed during the query. */
    public static long count(String name) {
        List<String> names = names();
        return names == null ? -1 : names.stream().filter(name::equals).count();
    }
}
