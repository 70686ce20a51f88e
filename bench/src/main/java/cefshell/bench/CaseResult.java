package cefshell.bench;

/**
 * One row of the report: a case measured through cefshell and through raw JCEF in the same run.
 *
 * @param id stable name, e.g. {@code invoke-30b}
 * @param title what was measured, for people
 * @param unit {@code ms}, {@code msg/s} or {@code MiB}
 * @param cefshell cefshell's samples
 * @param raw the raw JCEF samples this case compares against
 * @param rawLabel what the raw side did, e.g. {@code cefQuery round trip}
 * @param note anything a reader must know to read the row (failures, lost messages)
 * @param roundRatios the cefshell/raw ratio of each round ({@link Rounds}); empty where the sides were not measured
 *                    in rounds
 */
record CaseResult(String id, String title, String unit, Samples cefshell, Samples raw, String rawLabel, Target target,
                  String note, java.util.List<Double> roundRatios) {
    CaseResult(String id, String title, String unit, Samples cefshell, Samples raw, String rawLabel, Target target,
               String note) {
        this(id, title, unit, cefshell, raw, rawLabel, target, note, java.util.List.of());
    }

    /** This row with the ratios of its rounds. */
    CaseResult withRounds(java.util.List<Double> ratios) {
        return new CaseResult(id, title, unit, cefshell, raw, rawLabel, target, note, java.util.List.copyOf(ratios));
    }

    /** The lowest and highest ratio of a round, e.g. {@code 1.21–1.45}; "" without rounds. */
    String roundSpread() {
        if (roundRatios.isEmpty()) {
            return "";
        }
        double lo = roundRatios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = roundRatios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(java.util.Locale.ROOT, "%.2f–%.2f", lo, hi);
    }

    /** cefshell / raw medians: below 1 is faster for times, above 1 is faster for rates. */
    double ratio() {
        return cefshell.p50() / raw.p50();
    }

    boolean met() {
        return target.met(cefshell.p50(), ratio());
    }
}
