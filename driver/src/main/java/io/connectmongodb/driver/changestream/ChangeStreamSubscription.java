package io.connectmongodb.driver.changestream;

import java.time.Duration;
import org.bson.BsonDocument;

/**
 * A running change stream listener. Its events are delivered on the client's async workers by a
 * chain of one-poll tasks, one at a time, so they arrive in order; {@link #stop()} ends it and
 * closes the server cursor, and closing the client ends it with {@code MongoClientClosedException}.
 */
public interface ChangeStreamSubscription extends AutoCloseable {

    /** Asks the stream to stop; the event being delivered, if any, completes first. */
    void stop();

    /** Waits until delivery has ended and the cursor is closed; true when it did within {@code timeout}. */
    boolean awaitTermination(Duration timeout);

    boolean isRunning();

    /** The token after the last delivered event, to resume from later; {@code null} before any. */
    BsonDocument getResumeToken();

    /** The error that ended the stream, or {@code null}. */
    Throwable failure();

    /** Same as {@link #stop()}. */
    @Override
    void close();
}
