package io.connectmongodb.driver.internal.balancing;

/**
 * A count-based sliding window over the last {@code size} call outcomes: a ring buffer of
 * success/failure flags with running totals, so adding an outcome and reading the error rate are O(1).
 * Not thread-safe; the owning {@link CircuitBreaker} synchronizes.
 */
final class OutcomeWindow {
    private final boolean[] failed;
    private int next;
    private int calls;
    private int failures;

    OutcomeWindow(int size) {
        this.failed = new boolean[size];
    }

    void record(boolean failure) {
        if (calls == failed.length) {
            if (failed[next]) {
                failures--;
            }
        } else {
            calls++;
        }
        failed[next] = failure;
        if (failure) {
            failures++;
        }
        next = (next + 1) % failed.length;
    }

    /** Whether the window is full and holds no failure. */
    boolean isFullOfSuccesses() {
        return calls == failed.length && failures == 0;
    }

    int calls() {
        return calls;
    }

    /** failures / calls, or 0 for an empty window. */
    double errorRate() {
        return calls == 0 ? 0 : (double) failures / calls;
    }

    void reset() {
        java.util.Arrays.fill(failed, false);
        next = 0;
        calls = 0;
        failures = 0;
    }
}
