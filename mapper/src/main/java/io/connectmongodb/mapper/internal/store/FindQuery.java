package io.connectmongodb.mapper.internal.store;

import org.bson.BsonDocument;

/** A find: filter, optional projection and sort (null = none), skip, limit (0 = none) and batch size (0 = server default). */
public record FindQuery(BsonDocument filter, BsonDocument projection, BsonDocument sort, long skip, int limit, int batchSize) {

    public FindQuery {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        if (skip < 0 || limit < 0 || batchSize < 0) {
            throw new IllegalArgumentException("skip, limit and batchSize must not be negative: " + skip + ", " + limit + ", " + batchSize);
        }
    }

    public static FindQuery of(BsonDocument filter) {
        return new FindQuery(filter, null, null, 0, 0, 0);
    }
}
