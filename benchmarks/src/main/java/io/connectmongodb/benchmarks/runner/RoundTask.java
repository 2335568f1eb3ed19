package io.connectmongodb.benchmarks.runner;

/**
 * One participant's prepared work for one workload on one server. The runner calls
 * {@link #runRound} for each measured round and {@link #afterRound} (not measured) after it.
 */
public interface RoundTask extends AutoCloseable {

    /** Performs {@code ops} operations. */
    void runRound(int ops) throws Exception;

    /**
     * The threads whose allocation and CPU time count for this task, or {@code null} for the thread
     * calling {@link #runRound} (the default).
     */
    default long[] measuredThreads() {
        return null;
    }

    /** Unmeasured clean-up between rounds (e.g. dropping what a round inserted). */
    default void afterRound() throws Exception {
    }

    @Override
    default void close() throws Exception {
    }
}
