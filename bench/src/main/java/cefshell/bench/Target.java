package cefshell.bench;

/**
 * A case's goal from issue #5: a bound on the cefshell/raw ratio, or on cefshell's own median.
 *
 * @param ratioMax the ratio must be at most this (NaN: no bound)
 * @param ratioMin the ratio must be at least this (NaN: no bound)
 * @param absoluteMax cefshell's median must be at most this, in the case's unit (NaN: no bound)
 */
record Target(double ratioMax, double ratioMin, double absoluteMax) {
    static final Target NONE = new Target(Double.NaN, Double.NaN, Double.NaN);

    static Target ratioAtMost(double r) {
        return new Target(r, Double.NaN, Double.NaN);
    }

    static Target ratioAtLeast(double r) {
        return new Target(Double.NaN, r, Double.NaN);
    }

    static Target atMost(double value, double ratio) {
        return new Target(ratio, Double.NaN, value);
    }

    boolean isSet() {
        return !Double.isNaN(ratioMax) || !Double.isNaN(ratioMin) || !Double.isNaN(absoluteMax);
    }

    boolean met(double cefshell, double ratio) {
        return (Double.isNaN(ratioMax) || ratio <= ratioMax)
                && (Double.isNaN(ratioMin) || ratio >= ratioMin)
                && (Double.isNaN(absoluteMax) || cefshell <= absoluteMax);
    }

    String describe(String unit) {
        if (!isSet()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (!Double.isNaN(absoluteMax)) {
            sb.append("≤ ").append(Report.number(absoluteMax)).append(' ').append(unit);
        }
        if (!Double.isNaN(ratioMax)) {
            sb.append(sb.length() > 0 ? ", " : "").append("ratio ≤ ").append(Report.number(ratioMax));
        }
        if (!Double.isNaN(ratioMin)) {
            sb.append(sb.length() > 0 ? ", " : "").append("ratio ≥ ").append(Report.number(ratioMin));
        }
        return sb.toString();
    }
}
