package io.connectmongodb.driver.internal.cursor;

import org.bson.BsonValue;

/**
 * How a {@link CommandCursor} fetches further batches.
 *
 * @param batchSize       documents per {@code getMore}; 0 for the server's default
 * @param limit           total documents to return; 0 for no limit
 * @param maxAwaitTimeMS  {@code maxTimeMS} sent with each {@code getMore} (tailable await cursors); 0 for none
 * @param comment         the operation's comment, repeated on {@code getMore}; {@code null} for none
 */
public record CursorSettings(int batchSize, int limit, long maxAwaitTimeMS, BsonValue comment) {
    public CursorSettings {
        if (batchSize < 0 || limit < 0 || maxAwaitTimeMS < 0) {
            throw new IllegalArgumentException("cursor batchSize, limit and maxAwaitTimeMS must not be negative");
        }
    }

    public static CursorSettings defaults() {
        return new CursorSettings(0, 0, 0, null);
    }
}
