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
 */
record CaseResult(String id, String title, String unit, Samples cefshell, Samples raw, String rawLabel, Target target,
                  String note) {
    /** cefshell / raw medians: below 1 is faster for times, above 1 is faster for rates. */
    double ratio() {
        return cefshell.p50() / raw.p50();
    }

    boolean met() {
        return target.met(cefshell.p50(), ratio());
    }
}
