package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.ChangeStreamCursor;
import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.changestream.ChangeStreamListener;
import io.connectmongodb.driver.changestream.ChangeStreamSubscription;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;

/**
 * Push delivery of one change stream: a single daemon thread, owned by this subscription, reads
 * the cursor and calls the listener for each event, so events arrive one at a time and in order.
 *
 * <p>The thread polls with {@code tryNext} (one {@code getMore} each) and checks between polls
 * whether it was asked to stop; {@link #stop()} sets that flag, and the
 * thread closes the cursor (killing the server cursor) on its way out. A listener that throws, or
 * a non-resumable stream error, ends the subscription and is passed to
 * {@link ChangeStreamListener#onError}.
 *
 * <p>Why its own thread and not the client's async workers: a subscription polls for as long as it lives, so on the
 * bounded pool it would hold a worker forever (a few subscriptions would starve every {@code xxxAsync} call and
 * trip back-pressure), and splitting the loop into one task per poll would let two polls of one stream run on
 * different workers at once, breaking the order of its events. One ordered thread per subscription keeps both.
 */
final class ListenerSubscription<T> implements ChangeStreamSubscription {
    private static final System.Logger LOGGER = System.getLogger(ListenerSubscription.class.getName());
    private static final long IDLE_PAUSE_MILLIS = 10;

    private final ChangeStreamCursor<T> cursor;
    private final ChangeStreamListener<T> listener;
    private final Thread thread;
    private volatile boolean stopRequested;
    private volatile boolean running = true;
    private volatile BsonDocument resumeToken;
    private volatile Throwable failure;

    private ListenerSubscription(ChangeStreamCursor<T> cursor, ChangeStreamListener<T> listener, ChangeStreamTarget target) {
        this.cursor = cursor;
        this.listener = listener;
        this.resumeToken = cursor.getResumeToken();
        String name = "change-stream-" + target.databaseName() + (target.collectionName() == null ? "" : "." + target.collectionName());
        this.thread = new Thread(this::deliver, name);
        thread.setDaemon(true);
    }

    static <T> ListenerSubscription<T> start(ChangeStreamCursor<T> cursor, ChangeStreamListener<T> listener, ChangeStreamTarget target) {
        ListenerSubscription<T> subscription = new ListenerSubscription<>(cursor, listener, target);
        subscription.thread.start();
        return subscription;
    }

    private void deliver() {
        try {
            while (!stopRequested) {
                ChangeStreamEvent<T> event = cursor.tryNext();
                if (event == null) {
                    if (cursor.getServerCursorId() == null) {
                        break;
                    }
                    pause();
                    continue;
                }
                listener.onEvent(event);
                resumeToken = cursor.getResumeToken();
            }
        } catch (RuntimeException | Error e) {
            if (!stopRequested) {
                failure = e;
                LOGGER.log(Level.DEBUG, () -> "change stream listener stopped by: " + e);
                notifyError(e);
            }
        } finally {
            closeCursor();
            running = false;
        }
    }

    private void pause() {
        try {
            Thread.sleep(IDLE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            // only an outside interrupt of this daemon thread gets here: treat it as stop()
            Thread.currentThread().interrupt();
            stopRequested = true;
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
        // no interrupt: it could break the connection of a getMore in flight; the loop sees the flag
        // after at most one getMore (bounded by maxAwaitTimeMS) or one pause
        stopRequested = true;
    }

    @Override
    public boolean awaitTermination(Duration timeout) {
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeout.toNanos())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
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
