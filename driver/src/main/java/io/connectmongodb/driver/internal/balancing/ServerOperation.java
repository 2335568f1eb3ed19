package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.LongSupplier;

/**
 * One operation the {@link LoadBalancer} routed to a server. It counts as in progress on that server
 * until exactly one of {@link #succeeded()}, {@link #failed(Throwable)} or {@link #abandoned()} is
 * called (later calls are ignored); the outcome feeds the latency average, the statistics and the
 * server's circuit breaker.
 */
public final class ServerOperation {
    /** One per operation: a field updater keeps the "finished once" flag inside this object. */
    private static final AtomicIntegerFieldUpdater<ServerOperation> FINISHED =
            AtomicIntegerFieldUpdater.newUpdater(ServerOperation.class, "finished");

    private final ServerLoadTracker tracker;
    private final LongSupplier nanoClock;
    private final long startedNanos;
    private volatile int finished;

    ServerOperation(ServerLoadTracker tracker, LongSupplier nanoClock) {
        this.tracker = tracker;
        this.nanoClock = nanoClock;
        this.startedNanos = nanoClock.getAsLong();
        tracker.started();
    }

    public ServerAddress address() {
        return tracker.address();
    }

    /** The server answered (a command error counts as an answer: report it through {@link #failed}). */
    public void succeeded() {
        if (finish()) {
            tracker.succeeded(nanoClock.getAsLong() - startedNanos);
        }
    }

    /** The operation failed; only network errors, timeouts and pool failures count against the server. */
    public void failed(Throwable error) {
        if (finish()) {
            long latency = nanoClock.getAsLong() - startedNanos;
            if (ServerFailureClassifier.isServerFailure(error)) {
                tracker.failed(latency, error, startedNanos);
            } else {
                tracker.succeeded(latency);
            }
        }
    }

    /** The operation never ran on the server (cancelled before sending): no outcome is recorded. */
    public void abandoned() {
        if (finish()) {
            tracker.abandoned();
        }
    }

    private boolean finish() {
        return FINISHED.compareAndSet(this, 0, 1);
    }
}
