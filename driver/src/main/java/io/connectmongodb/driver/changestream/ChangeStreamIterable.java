package io.connectmongodb.driver.changestream;

import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * A change stream to open, from {@code watch()} on a collection, a database or the client. The
 * options follow the change-streams spec; nothing is sent until {@link #cursor()} or
 * {@link #listen(ChangeStreamListener)}. Only one of {@code resumeAfter}, {@code startAfter} and
 * {@code startAtOperationTime} may be set.
 *
 * @param <T> the type of the events' {@code fullDocument}
 */
public interface ChangeStreamIterable<T> {

    ChangeStreamIterable<T> fullDocument(FullDocument fullDocument);

    ChangeStreamIterable<T> fullDocumentBeforeChange(FullDocumentBeforeChange fullDocumentBeforeChange);

    /** Starts after the event with this resume token. */
    ChangeStreamIterable<T> resumeAfter(BsonDocument resumeToken);

    /** Like {@link #resumeAfter} but also accepts the token of an {@code invalidate} event. */
    ChangeStreamIterable<T> startAfter(BsonDocument resumeToken);

    ChangeStreamIterable<T> startAtOperationTime(BsonTimestamp operationTime);

    /** Events per server round trip; 0 for the server's default. */
    ChangeStreamIterable<T> batchSize(int batchSize);

    /** How long the server waits for new events on each {@code getMore}; 0 for its default. */
    ChangeStreamIterable<T> maxAwaitTime(long maxAwaitTime, TimeUnit unit);

    /** Opens the stream (runs the {@code aggregate}) and returns its cursor; close it when done. */
    ChangeStreamCursor<T> cursor();

    /**
     * Opens the stream and delivers its events to {@code listener} on the client's async workers, one
     * poll at a time and in order, until the returned subscription is stopped, a non-resumable error
     * occurs or the client is closed. No worker is held between polls. The stream is opened before
     * this returns, so events after this call are not missed.
     */
    ChangeStreamSubscription listen(ChangeStreamListener<T> listener);

    /** The same stream decoding {@code fullDocument} as {@code documentClass}. */
    <R> ChangeStreamIterable<R> withDocumentClass(Class<R> documentClass);
}
