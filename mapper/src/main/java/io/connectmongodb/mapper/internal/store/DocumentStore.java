package io.connectmongodb.mapper.internal.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The collection operations the mapper needs, on BSON documents. The production implementation
 * sits on the driver's public {@code MongoCollection}; tests use recording fakes, which is how
 * they prove that nothing is written after a validation failure. The {@code xxxAsync} methods run
 * on the driver's async API and fail their future with the same exceptions as the synchronous
 * ones; they cannot join a transaction (the driver's async API takes no session).
 */
public interface DocumentStore {

    String collectionName();

    /** Inserts in order; fails on the first error. */
    void insert(List<BsonDocument> documents);

    /** Replaces the first match; returns how many documents matched (1 when upserted). */
    long replaceOne(BsonDocument filter, BsonDocument replacement, boolean upsert);

    /** Applies update operators to the first or every match; returns how many matched. */
    long update(BsonDocument filter, BsonDocument update, boolean multi);

    /** Deletes the first or every match; returns how many were deleted. */
    long delete(BsonDocument filter, boolean multi);

    DocumentCursor find(FindQuery query);

    /** Counts the matches, skipping {@code skip} and stopping at {@code limit} (0 = no limit). */
    long count(BsonDocument filter, long skip, long limit);

    List<BsonValue> distinct(String fieldName, BsonDocument filter);

    DocumentCursor aggregate(List<BsonDocument> pipeline);

    /** Creates an index; {@code options} holds unique/sparse/name/weights as in the createIndexes command. */
    void createIndex(BsonDocument keys, BsonDocument options);

    /** {@link #insert} on the driver's async API. */
    CompletableFuture<Void> insertAsync(List<BsonDocument> documents);

    /** {@link #replaceOne} on the driver's async API. */
    CompletableFuture<Long> replaceOneAsync(BsonDocument filter, BsonDocument replacement, boolean upsert);

    /** {@link #delete} on the driver's async API. */
    CompletableFuture<Long> deleteAsync(BsonDocument filter, boolean multi);

    /** Every document of a find, read on the driver's async API. */
    CompletableFuture<List<BsonDocument>> findAsync(FindQuery query);

    /** {@link #count} on the driver's async API. */
    CompletableFuture<Long> countAsync(BsonDocument filter, long skip, long limit);
}
