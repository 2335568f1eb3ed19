package io.connectmongodb.benchmarks.runner;

import io.connectmongodb.benchmarks.drivers.Side;

/** Who is measured in a round: one of the two drivers, or the raw-socket floor. */
public enum Participant {
    OURS(Side.OURS),
    OFFICIAL(Side.OFFICIAL),
    FLOOR(null);

    private final Side side;

    Participant(Side side) {
        this.side = side;
    }

    /** The driver side, or {@code null} for the floor. */
    public Side side() {
        return side;
    }

    public String label() {
        return side == null ? "raw-socket floor" : side.label();
    }
}
