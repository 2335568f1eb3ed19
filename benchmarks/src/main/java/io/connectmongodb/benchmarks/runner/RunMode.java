package io.connectmongodb.benchmarks.runner;

/**
 * How long to measure. {@code QUICK} is for iteration (the whole run stays under 3 minutes on 2
 * cores); {@code FULL} is the published run (under 20 minutes).
 */
public enum RunMode {
    QUICK(2, 5, 1, 4_000),
    FULL(3, 15, 4, 15_000);

    private final int warmupRounds;
    private final int measuredRounds;
    private final int opsScale;
    private final long budgetMillis;

    RunMode(int warmupRounds, int measuredRounds, int opsScale, long budgetMillis) {
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
        this.opsScale = opsScale;
        this.budgetMillis = budgetMillis;
    }

    public int warmupRounds() {
        return warmupRounds;
    }

    public int measuredRounds() {
        return measuredRounds;
    }

    /** Multiplier on each workload's quick-mode operations per round. */
    public int opsScale() {
        return opsScale;
    }

    /**
     * Wall-clock budget for one workload on one server; measuring stops after it once at least
     * {@link InterleavedRunner#MIN_ROUNDS} rounds per participant are in.
     */
    public long budgetMillis() {
        return budgetMillis;
    }
}
