package cefshell.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs one measurement on both sides, round after round, alternating which side goes first. */
final class Rounds {
    /**
     * Samples per side, and the cefshell/raw ratio of each round's medians: two sides measured moments apart on a
     * shared machine suffer its load alike, so the spread of these ratios says how far a run can be trusted.
     */
    record Both(List<Double> cefshell, List<Double> raw, List<Double> roundRatios) { }

    private Rounds() {
    }

    static Both alternate(int rounds, Side cefshell, Side raw, Function<Side, List<Double>> measure) {
        Both both = new Both(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            Side first = r % 2 == 0 ? raw : cefshell;
            Side second = first == raw ? cefshell : raw;
            double[] medians = new double[2];
            for (Side s : List.of(first, second)) {
                List<Double> samples = measure.apply(s);
                (s == cefshell ? both.cefshell() : both.raw()).addAll(samples);
                medians[s == cefshell ? 0 : 1] = Samples.of(samples).p50();
            }
            both.roundRatios().add(medians[0] / medians[1]);
        }
        return both;
    }

    static List<Double> doubles(com.google.gson.JsonElement json) {
        List<Double> out = new ArrayList<>();
        json.getAsJsonArray().forEach(e -> out.add(e.getAsDouble()));
        return out;
    }
}
