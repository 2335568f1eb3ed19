package io.connectmongodb.driver.model;

import java.util.Map;
import org.bson.BsonValue;

/**
 * The result of an acknowledged {@code insertMany}.
 *
 * @param insertedIds the {@code _id} of every inserted document, keyed by its index in the caller's list
 */
public record InsertManyResult(Map<Integer, BsonValue> insertedIds) {
    public InsertManyResult {
        insertedIds = Map.copyOf(insertedIds);
    }
}
