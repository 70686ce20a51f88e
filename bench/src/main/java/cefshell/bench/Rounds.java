package cefshell.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs one measurement on both sides, round after round, alternating which side goes first. */
final class Rounds {
    /** Samples per side: {@code [cefshell, raw]}. */
    record Both(List<Double> cefshell, List<Double> raw) { }

    private Rounds() {
    }

    static Both alternate(int rounds, Side cefshell, Side raw, Function<Side, List<Double>> measure) {
        Both both = new Both(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            Side first = r % 2 == 0 ? raw : cefshell;
            Side second = first == raw ? cefshell : raw;
            for (Side s : List.of(first, second)) {
                (s == cefshell ? both.cefshell() : both.raw()).addAll(measure.apply(s));
            }
        }
        return both;
    }

    static List<Double> doubles(com.google.gson.JsonElement json) {
        List<Double> out = new ArrayList<>();
        json.getAsJsonArray().forEach(e -> out.add(e.getAsDouble()));
        return out;
    }
}
