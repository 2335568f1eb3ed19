package io.connectmongodb.driver.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One async operation: the future its caller holds and the runnable a worker runs. A task
 * cancelled (or failed by a client close) before a worker picks it up is skipped, so its operation
 * never runs; exceptions complete the future unchanged, never wrapped.
 */
final class AsyncTask<R> extends CompletableFuture<R> implements Runnable {
    private final Supplier<R> work;
    private final Function<CompletableFuture<R>, R> cancellableWork;
    private final AsyncRunner runner;

    AsyncTask(Supplier<R> work, Function<CompletableFuture<R>, R> cancellableWork, AsyncRunner runner) {
        this.work = work;
        this.cancellableWork = cancellableWork;
        this.runner = runner;
    }

    @Override
    public void run() {
        try {
            if (isDone()) {
                return;
            }
            R result = work != null ? work.get() : cancellableWork.apply(this);
            complete(result);
        } catch (Throwable t) {
            completeExceptionally(t);
        } finally {
            runner.finished(this);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            runner.cancelled(this);
        }
        return cancelled;
    }
}
