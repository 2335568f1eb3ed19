package io.connectmongodb.driver.changestream;

import io.connectmongodb.driver.MongoCursor;
import org.bson.BsonDocument;

/**
 * A change stream being read. {@link #next()} blocks until an event arrives; {@link #tryNext()}
 * returns {@code null} when one server round trip brought nothing. After a resumable error (a
 * network error, or a server error the change-streams spec calls resumable) the cursor reopens
 * the stream once, from the last resume token, so no event is lost or repeated; other errors
 * reach the caller. Not thread-safe.
 */
public interface ChangeStreamCursor<T> extends MongoCursor<ChangeStreamEvent<T>> {

    /**
     * The token to resume after everything this cursor has returned: the last event's
     * {@code _id}, or the server's {@code postBatchResumeToken} when that is newer. Persist it and
     * pass it to {@link ChangeStreamIterable#resumeAfter} to restart from here later. {@code null}
     * before the server gave any token.
     */
    BsonDocument getResumeToken();
}
