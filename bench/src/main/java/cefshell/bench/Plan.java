package cefshell.bench;

/**
 * How much to measure. Each in-process case runs in {@link #rounds} rounds; a round measures both sides one after
 * the other, the side that goes first alternating, so slow drift of a shared machine hits both alike.
 *
 * @param rounds rounds per in-process case
 * @param latencySamples samples per side per round of a latency case (each the mean of a batch of calls)
 * @param pipelineRuns timed runs per side of a 20k-message case, after two untimed warm-up runs
 * @param launches child processes per side for the launch cases
 * @param echoScale multiplies the echo sample counts
 */
record Plan(boolean quick, int rounds, int latencySamples, int pipelineRuns, int launches, double echoScale) {
    static final int MESSAGES = 20_000;
    static final int SMALL_PAYLOAD = 30;

    static Plan full() {
        return new Plan(false, 3, 100, 5, 5, 1.0);
    }

    static Plan brief() {
        return new Plan(true, 2, 50, 3, 3, 0.5);
    }

    int latencyWarmup() {
        return quick ? 100 : 300;
    }

    /** Warm-up calls and samples per round for an echo of {@code bytes}. */
    int[] echoCounts(int bytes) {
        int warmup;
        int samples;
        if (bytes <= 1 << 10) {
            warmup = 50;
            samples = 60;
        } else if (bytes <= 64 << 10) {
            warmup = 20;
            samples = 30;
        } else if (bytes <= 1 << 20) {
            warmup = 4;
            samples = 8;
        } else {
            warmup = 1;
            samples = 3;
        }
        return new int[] {warmup, Math.max(2, (int) Math.round(samples * echoScale))};
    }
}
