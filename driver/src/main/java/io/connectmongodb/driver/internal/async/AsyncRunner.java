package io.connectmongodb.driver.internal.async;

import io.connectmongodb.driver.error.MongoBackpressureException;
import io.connectmongodb.driver.error.MongoClientClosedException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the client's {@code xxxAsync} operations on a bounded pool: {@code maxAsyncWorkers} daemon
 * threads and a queue of {@code asyncQueueSize} waiting operations. Submitting never blocks: when
 * every worker is busy and the queue is full the returned future has already failed with
 * {@link MongoBackpressureException}, and nothing runs.
 *
 * <p>Futures complete with the operation's result or with its own exception (so {@code get()}
 * throws an {@code ExecutionException} whose cause is the typed driver exception, and
 * {@code join()} a {@code CompletionException} with that cause). Cancelling a future whose
 * operation has not started removes it from the queue; it never runs. {@link #close()} fails every
 * unfinished future with {@link MongoClientClosedException}, interrupts the workers and waits a
 * bounded time for them to exit.
 *
 * <p>This is the extension point for other async APIs (such as GridFS): call {@link #supply}.
 */
public final class AsyncRunner {
    private static final System.Logger LOGGER = System.getLogger(AsyncRunner.class.getName());
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final ThreadPoolExecutor executor;
    private final int maxWorkers;
    private final int queueSize;
    private final Set<AsyncTask<?>> unfinished = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public AsyncRunner(int maxWorkers, int queueSize) {
        if (maxWorkers < 1 || queueSize < 0) {
            throw new IllegalArgumentException("maxWorkers must be positive and queueSize not negative, were "
                    + maxWorkers + " and " + queueSize);
        }
        this.maxWorkers = maxWorkers;
        this.queueSize = queueSize;
        BlockingQueue<Runnable> queue = queueSize == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueSize);
        this.executor = new ThreadPoolExecutor(maxWorkers, maxWorkers, 30, TimeUnit.SECONDS, queue,
                daemonThreads(), new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "connect-mongodb-async-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs {@code work} on a worker; the future completes with its result or its exception. */
    public <R> CompletableFuture<R> supply(Supplier<R> work) {
        return submit(new AsyncTask<>(work, null, this));
    }

    /** Runs {@code work}, which gets its own future to check for cancellation (cursor reads). */
    public <R> CompletableFuture<R> supplyCancellable(java.util.function.Function<CompletableFuture<R>, R> work) {
        return submit(new AsyncTask<>(null, work, this));
    }

    /** Runs {@code work}; the future completes with {@code null}. */
    public CompletableFuture<Void> run(Runnable work) {
        return supply(() -> {
            work.run();
            return null;
        });
    }

    private <R> CompletableFuture<R> submit(AsyncTask<R> task) {
        if (closed) {
            task.completeExceptionally(closedError());
            return task;
        }
        unfinished.add(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            unfinished.remove(task);
            task.completeExceptionally(closed ? closedError() : new MongoBackpressureException("all " + maxWorkers
                    + " async workers are busy and " + queueSize + " operations already wait (maxAsyncWorkers, "
                    + "asyncQueueSize): this operation was not started"));
        }
        return task;
    }

    void finished(AsyncTask<?> task) {
        unfinished.remove(task);
    }

    /** Frees the queue slot of a task cancelled before it started. */
    void cancelled(AsyncTask<?> task) {
        executor.remove(task);
        unfinished.remove(task);
    }

    /** Operations accepted and not finished (running or waiting). */
    public int unfinishedCount() {
        return unfinished.size();
    }

    /** Workers currently alive. */
    public int workerCount() {
        return executor.getPoolSize();
    }

    /** Fails every unfinished future with {@link MongoClientClosedException} and stops the workers. */
    public void shutdown() {
        closed = true;
        MongoClientClosedException error = closedError();
        // fail the futures first: an interrupted worker must not complete its future normally afterwards
        for (AsyncTask<?> task : List.copyOf(unfinished)) {
            task.completeExceptionally(error);
        }
        for (Runnable runnable : executor.shutdownNow()) {
            ((AsyncTask<?>) runnable).completeExceptionally(error);
        }
        unfinished.clear();
    }

    /** Waits up to {@code millis} for the workers to exit; true when none is left. */
    public boolean awaitTermination(long millis) {
        try {
            boolean done = executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
            if (!done) {
                LOGGER.log(Level.WARNING, "async workers still running " + millis + " ms after the client was closed");
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static MongoClientClosedException closedError() {
        return new MongoClientClosedException("the MongoClient was closed before this async operation finished");
    }
}
