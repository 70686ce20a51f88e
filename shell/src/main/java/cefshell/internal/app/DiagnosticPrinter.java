package cefshell.internal.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Prints compiler diagnostics the way javac does, with paths relative to the app folder so they are short and
 * clickable: {@code main/hello/HelloMain.java:7: error: ';' expected}, then the source line and a caret.
 * Notes (such as "uses unchecked operations") are left out.
 */
final class DiagnosticPrinter {
    private final Path folder;
    private final PrintStream out;

    DiagnosticPrinter(Path folder, PrintStream out) {
        this.folder = folder;
        this.out = out;
    }

    void print(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            String kind = switch (d.getKind()) {
                case ERROR -> "error";
                case WARNING, MANDATORY_WARNING -> "warning";
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            errors += d.getKind() == Diagnostic.Kind.ERROR ? 1 : 0;
            String message = d.getMessage(Locale.ROOT);
            Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
            StringBuilder sb = new StringBuilder();
            if (file != null) {
                sb.append(relative(file)).append(':');
                if (d.getLineNumber() != Diagnostic.NOPOS) {
                    sb.append(d.getLineNumber()).append(':');
                }
                sb.append(' ');
            }
            sb.append(kind).append(": ").append(message);
            if (file != null && d.getLineNumber() != Diagnostic.NOPOS) {
                appendSourceLine(sb, file, d.getLineNumber(), d.getColumnNumber());
            }
            out.println(sb);
        }
        if (errors > 0) {
            out.println(errors + (errors == 1 ? " error" : " errors"));
        }
        out.flush();
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(folder) ? folder.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static void appendSourceLine(StringBuilder sb, Path file, long line, long column) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (line < 1 || line > lines.size()) {
                return;
            }
            String text = lines.get((int) line - 1);
            sb.append('\n').append(text);
            if (column >= 1 && column <= text.length() + 1) {
                StringBuilder pad = new StringBuilder();
                for (int i = 0; i < column - 1; i++) {
                    pad.append(text.charAt(i) == '\t' ? '\t' : ' ');
                }
                sb.append('\n').append(pad).append('^');
            }
        } catch (IOException | RuntimeException e) {
            // the diagnostic itself is what matters
        }
    }
}
