package cefshell.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code shell --version}: cefshell's version and the Chromium it runs, without starting Chromium. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Versions v = Versions.ofThisBuild();
        return new String[] {
                "cefshell " + v.cefshell(),
                "Chromium " + v.chromium() + ", CEF " + v.cef() + ", JCEF " + v.jcef(),
                "Java " + Versions.java()};
    }
}
