package cefshell.cli;

import java.io.PrintStream;

/**
 * The lines {@code shell doctor} prints: a label, then what was found. Problems (things that would stop
 * {@code shell run}) and warnings (things that stop only some uses) are marked and counted.
 */
final class DoctorReport {
    private static final int LABEL_WIDTH = 11;
    private final PrintStream out;
    private int problems;
    private int warnings;

    DoctorReport(PrintStream out) {
        this.out = out;
    }

    void line(String label, String text) {
        print(label, text);
    }

    void problem(String label, String text) {
        problems++;
        print(label, "PROBLEM: " + text);
    }

    /** A problem whose line was printed by someone else (the relaunched live check). */
    void countProblem() {
        problems++;
    }

    void warning(String label, String text) {
        warnings++;
        print(label, "warning: " + text);
    }

    int problems() {
        return problems;
    }

    /** The last line; returns the exit code. */
    int finish() {
        String w = warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning" : " warnings") + ")";
        out.println(problems == 0 ? "OK: ready to run apps" + w : "PROBLEMS: " + problems + w);
        out.flush();
        return problems == 0 ? 0 : 1;
    }

    private void print(String label, String text) {
        String indent = " ".repeat(LABEL_WIDTH);
        out.println(String.format("%-" + LABEL_WIDTH + "s", label) + text.replace("\n", "\n" + indent));
        out.flush();
    }
}
