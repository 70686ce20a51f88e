package cefshell.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A finished run: where it ran and one row per case; printed as a table or as JSON. */
public record Report(Map<String, String> environment, List<CaseResult> cases) {

    public boolean allTargetsMet() {
        return cases.stream().allMatch(c -> !c.target().isSet() || c.met());
    }

    public void printTable(PrintStream out) {
        out.println("cefshell bench  " + environment.get("date"));
        environment.forEach((k, v) -> {
            if (!k.equals("date")) {
                out.println("  " + k + ": " + v);
            }
        });
        String busy = busy();
        if (busy != null) {
            out.println("  WARNING: " + busy);
        }
        out.println();
        String format = "%-42s %-20s %-20s %-30s %6s %-11s %-24s %s%n";
        out.printf(format, "case", "cefshell p50 (p99)", "raw p50 (p99)", "raw side", "ratio", "rounds", "target", "");
        for (CaseResult c : cases) {
            out.printf(format, c.title(), cell(c.cefshell(), c.unit()), cell(c.raw(), c.unit()), c.rawLabel(),
                    String.format(Locale.ROOT, "%.2f", c.ratio()), c.roundSpread(), c.target().describe(c.unit()),
                    !c.target().isSet() ? "" : c.met() ? "met" : "MISSED");
        }
        out.println();
        out.println("ratio = cefshell / raw medians (for msg/s higher is better, otherwise lower); rounds = the lowest and");
        out.println("highest ratio of one round (the sides alternate, round after round). p99 over all samples;");
        for (CaseResult c : cases) {
            if (!c.note().isEmpty()) {
                out.println("  " + c.id() + ": " + c.note());
            }
        }
    }

    public void printJson(PrintStream out) {
        JsonObject root = new JsonObject();
        JsonObject env = new JsonObject();
        environment.forEach(env::addProperty);
        root.add("environment", env);
        String busy = busy();
        root.addProperty("trustworthy", busy == null);
        if (busy != null) {
            root.addProperty("warning", busy);
        }
        JsonArray rows = new JsonArray();
        for (CaseResult c : cases) {
            JsonObject row = new JsonObject();
            row.addProperty("id", c.id());
            row.addProperty("title", c.title());
            row.addProperty("unit", c.unit());
            row.add("cefshell", samples(c.cefshell()));
            row.add("raw", samples(c.raw()));
            row.addProperty("rawSide", c.rawLabel());
            row.addProperty("ratio", c.ratio());
            if (!c.roundRatios().isEmpty()) {
                JsonArray rounds = new JsonArray();
                c.roundRatios().forEach(rounds::add);
                row.add("roundRatios", rounds);
            }
            if (c.target().isSet()) {
                row.addProperty("target", c.target().describe(c.unit()));
                row.addProperty("met", c.met());
            }
            if (!c.note().isEmpty()) {
                row.addProperty("note", c.note());
            }
            rows.add(row);
        }
        root.add("cases", rows);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    /**
     * Why the run's figures cannot be trusted, or null: the machine had more runnable work than cores at its start or
     * end (1-minute load average), so the two sides' times mostly measure the others' work.
     */
    String busy() {
        int cores = Runtime.getRuntime().availableProcessors();
        double worst = Math.max(load(environment.get("loadStart")), load(environment.get("loadEnd")));
        if (worst <= cores) {
            return null;
        }
        return String.format(Locale.ROOT, "the machine was busy (load average %.1f on %d cores): other work shared the "
                + "CPUs with both sides; do not trust these figures, measure again when it is quiet", worst, cores);
    }

    private static double load(String loadAverage) {
        try {
            return loadAverage == null ? 0 : Double.parseDouble(loadAverage.split(" ")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static JsonObject samples(Samples s) {
        JsonObject o = new JsonObject();
        o.addProperty("p50", s.p50());
        o.addProperty("p99", s.p99());
        o.addProperty("n", s.count());
        return o;
    }

    private static String cell(Samples s, String unit) {
        return number(s.p50()) + " " + unit + (s.count() > 2 ? " (" + number(s.p99()) + ")" : "");
    }

    /** Three significant digits, no exponent. */
    static String number(double v) {
        double a = Math.abs(v);
        String f = a >= 1000 ? "%.0f" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }
}
