package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.ChangeStreamCursor;
import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.changestream.ChangeStreamListener;
import io.connectmongodb.driver.changestream.ChangeStreamSubscription;
import io.connectmongodb.driver.error.MongoBackpressureException;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonDocument;

/**
 * Push delivery of one change stream on the client's bounded async pool, as a chain of one-poll tasks.
 *
 * <p>Each task does one {@code tryNext} (at most one {@code getMore}, bounded by maxAwaitTime), hands the event it got
 * to the listener and, as its last act, submits the next task. Only one task of a subscription exists at any time, so
 * events arrive one at a time and in order even when consecutive polls run on different workers (submitting a task
 * happens-before it runs, which also hands the cursor safely from worker to worker). Between polls no worker is held:
 * an empty poll re-submits after {@value #IDLE_PAUSE_MILLIS} ms through {@link CompletableFuture#delayedExecutor}, and
 * when the pool refuses with {@link MongoBackpressureException} the submit is retried after
 * {@value #BACKPRESSURE_RETRY_MILLIS} ms instead of failing the stream. (A poll submits its successor while its own
 * worker is still busy, so with {@code asyncQueueSize} 0 and every worker taken each poll waits out that delay.)
 *
 * <p>The chain ends, closing the cursor (killing the server cursor), when {@link #stop()} was called (seen before the
 * next poll), when the server closed the stream, when the listener or a non-resumable stream error threw (passed to
 * {@link ChangeStreamListener#onError}), or when the client was closed: the pool refuses the next task, or fails the
 * one waiting, with {@link MongoClientClosedException}, which reaches {@code onError} unless the subscription was
 * stopped.
 */
final class ListenerSubscription<T> implements ChangeStreamSubscription {
    private static final System.Logger LOGGER = System.getLogger(ListenerSubscription.class.getName());
    private static final long IDLE_PAUSE_MILLIS = 10;
    private static final long BACKPRESSURE_RETRY_MILLIS = 20;
    private static final Executor AFTER_IDLE_PAUSE = CompletableFuture.delayedExecutor(IDLE_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    private static final Executor AFTER_BACKPRESSURE = CompletableFuture.delayedExecutor(BACKPRESSURE_RETRY_MILLIS,
            TimeUnit.MILLISECONDS);

    private final ChangeStreamCursor<T> cursor;
    private final ChangeStreamListener<T> listener;
    private final AsyncRunner async;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile boolean running = true;
    private volatile BsonDocument resumeToken;
    private volatile Throwable failure;

    private ListenerSubscription(ChangeStreamCursor<T> cursor, ChangeStreamListener<T> listener, AsyncRunner async) {
        this.cursor = cursor;
        this.listener = listener;
        this.async = async;
        this.resumeToken = cursor.getResumeToken();
    }

    static <T> ListenerSubscription<T> start(ChangeStreamCursor<T> cursor, ChangeStreamListener<T> listener, AsyncRunner async) {
        ListenerSubscription<T> subscription = new ListenerSubscription<>(cursor, listener, async);
        subscription.submitPoll();
        return subscription;
    }

    /** Submits the next poll; called only when no poll of this subscription is queued or running. */
    private void submitPoll() {
        if (stopRequested) {
            end(null);
            return;
        }
        // whoever claims first wins: the worker running the poll, or the handler of a refusal / client close
        AtomicBoolean claimed = new AtomicBoolean();
        CompletableFuture<Void> task = async.supplyCancellable(own -> {
            if (claimed.compareAndSet(false, true)) {
                pollOnce(own);
            }
            return null;
        });
        task.whenComplete((ignored, error) -> {
            if (error != null && claimed.compareAndSet(false, true)) {
                notRun(unwrap(error));
            }
        });
    }

    private void notRun(Throwable refusal) {
        if (stopRequested) {
            end(null);
        } else if (refusal instanceof MongoBackpressureException) {
            LOGGER.log(Level.DEBUG, () -> "change stream poll delayed by back-pressure: " + refusal.getMessage());
            CompletableFuture.runAsync(this::submitPoll, AFTER_BACKPRESSURE);
        } else {
            end(refusal);
        }
    }

    private void pollOnce(CompletableFuture<Void> own) {
        if (stopRequested) {
            end(null);
            return;
        }
        try {
            ChangeStreamEvent<T> event = cursor.tryNext();
            if (event == null) {
                if (cursor.getServerCursorId() == null) {
                    end(null);
                } else {
                    CompletableFuture.runAsync(this::submitPoll, AFTER_IDLE_PAUSE);
                }
                return;
            }
            listener.onEvent(event);
            resumeToken = cursor.getResumeToken();
        } catch (RuntimeException | Error e) {
            end(stopRequested ? null : closeOf(own, e));
            return;
        }
        submitPoll();
    }

    /** A client close fails the running task's own future first; report that rather than the interrupted read. */
    private static Throwable closeOf(CompletableFuture<Void> own, Throwable error) {
        if (own.isCompletedExceptionally()) {
            Throwable closed = own.handle((ignored, e) -> unwrap(e)).join();
            if (closed instanceof MongoClientClosedException && closed != error) {
                closed.addSuppressed(error);
                return closed;
            }
        }
        return error;
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private void end(Throwable error) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        try {
            if (error != null) {
                failure = error;
                LOGGER.log(Level.DEBUG, () -> "change stream listener stopped by: " + error);
                notifyError(error);
            }
            closeCursor();
        } finally {
            running = false;
            terminated.countDown();
        }
    }

    private void notifyError(Throwable error) {
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "a change stream listener's onError threw", e);
        }
    }

    private void closeCursor() {
        try {
            cursor.close();
        } catch (RuntimeException e) {
            LOGGER.log(Level.DEBUG, () -> "closing a change stream cursor failed: " + e);
        }
    }

    @Override
    public void stop() {
        // the chain sees the flag before its next poll: after at most one getMore (bounded by maxAwaitTimeMS) or pause
        stopRequested = true;
    }

    @Override
    public boolean awaitTermination(Duration timeout) {
        try {
            return terminated.await(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return terminated.getCount() == 0;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public BsonDocument getResumeToken() {
        return resumeToken;
    }

    @Override
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        stop();
    }
}
