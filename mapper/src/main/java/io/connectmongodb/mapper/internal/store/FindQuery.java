package io.connectmongodb.mapper.internal.store;

import org.bson.BsonDocument;

/**
 * A find: filter, optional projection and sort (null = none), skip, limit (0 = none), batch size
 * (0 = server default) and whether strings compare case-insensitively. The latter runs the find
 * with a collation of strength 2 (letters and accents count, case does not), which is how the
 * server sorts case-insensitively; a collation covers the whole operation, so the filter's string
 * comparisons then ignore case too.
 */
public record FindQuery(BsonDocument filter, BsonDocument projection, BsonDocument sort, long skip, int limit, int batchSize,
                        boolean ignoreCase) {

    public FindQuery {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        if (skip < 0 || limit < 0 || batchSize < 0) {
            throw new IllegalArgumentException("skip, limit and batchSize must not be negative: " + skip + ", " + limit + ", " + batchSize);
        }
    }

    /** A find comparing strings as stored (the server's default, binary comparison). */
    public FindQuery(BsonDocument filter, BsonDocument projection, BsonDocument sort, long skip, int limit, int batchSize) {
        this(filter, projection, sort, skip, limit, batchSize, false);
    }

    public static FindQuery of(BsonDocument filter) {
        return new FindQuery(filter, null, null, 0, 0, 0);
    }
}
