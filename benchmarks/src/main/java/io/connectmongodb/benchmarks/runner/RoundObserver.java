package io.connectmongodb.benchmarks.runner;

import java.time.Instant;

/** Told about every measured round, e.g. to attribute profiling samples to the round's workload and side. */
public interface RoundObserver {
    RoundObserver NONE = (workload, server, participant, start, end, threadIds) -> { };

    /**
     * A measured round of {@code participant} ran from {@code start} to {@code end} on the threads
     * {@code threadIds} (the calling thread's id when the task measures only that thread).
     */
    void measuredRound(String workload, String server, Participant participant, Instant start, Instant end, long[] threadIds);
}
