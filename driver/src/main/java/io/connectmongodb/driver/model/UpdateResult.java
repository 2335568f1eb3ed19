package io.connectmongodb.driver.model;

import org.bson.BsonValue;

/**
 * The result of an acknowledged update or replace.
 *
 * @param matchedCount  documents that matched the filter
 * @param modifiedCount documents actually changed
 * @param upsertedId    the {@code _id} of the upserted document, or {@code null} when none was inserted
 */
public record UpdateResult(long matchedCount, long modifiedCount, BsonValue upsertedId) {
}
