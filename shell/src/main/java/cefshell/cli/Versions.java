package cefshell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import me.friwi.jcefmaven.CefBuildInfo;

/**
 * The versions {@code shell --version} and {@code shell doctor} report, read from the classpath without starting
 * Chromium: cefshell's own, and JCEF's, CEF's and Chromium's from the JCEF release tag
 * ({@code jcef-d3de827+cef-146.0.10+g8219561+chromium-146.0.7680.179}).
 *
 * @param jcef     the JCEF commit, e.g. {@code d3de827}
 * @param cef      e.g. {@code 146.0.10+g8219561}
 * @param chromium e.g. {@code 146.0.7680.179}
 */
record Versions(String cefshell, String releaseTag, String jcef, String cef, String chromium) {
    private static final Pattern TAG = Pattern.compile("jcef-([0-9a-f]+)\\+cef-(.+?)\\+chromium-(.+)");
    private static final String POM_PROPERTIES = "/META-INF/maven/io.github.cefshell/shell/pom.properties";

    static Versions ofThisBuild() {
        String tag;
        try {
            tag = CefBuildInfo.fromClasspath().getReleaseTag();
        } catch (IOException | RuntimeException e) {
            tag = "unknown (no JCEF build_meta.json on the classpath)";
        }
        return parse(cefshellVersion(), tag);
    }

    static Versions parse(String cefshell, String releaseTag) {
        Matcher m = TAG.matcher(releaseTag);
        if (!m.matches()) {
            return new Versions(cefshell, releaseTag, "?", "?", "?");
        }
        return new Versions(cefshell, releaseTag, m.group(1), m.group(2), m.group(3));
    }

    /** From the jar's manifest or Maven's pom.properties; "dev" when running from unpackaged classes. */
    static String cefshellVersion() {
        String fromManifest = Versions.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = Versions.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return "dev";
    }

    static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }
}
