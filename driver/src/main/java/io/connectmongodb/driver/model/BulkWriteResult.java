package io.connectmongodb.driver.model;

import java.util.Map;
import org.bson.BsonValue;

/**
 * What a multi-document write achieved, also when it partly failed. Indexes are positions in the
 * caller's list of documents or requests.
 *
 * @param insertedCount documents inserted
 * @param matchedCount  documents matched by updates
 * @param modifiedCount documents changed by updates
 * @param deletedCount  documents deleted
 * @param insertedIds   the {@code _id} of each document the server acknowledged as inserted
 * @param upsertedIds   the {@code _id} of each upserted document, keyed by the request's index
 */
public record BulkWriteResult(long insertedCount, long matchedCount, long modifiedCount, long deletedCount,
                              Map<Integer, BsonValue> insertedIds, Map<Integer, BsonValue> upsertedIds) {
    public BulkWriteResult {
        insertedIds = Map.copyOf(insertedIds);
        upsertedIds = Map.copyOf(upsertedIds);
    }
}
