package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.DuplicateKeyException;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.error.MongoWriteConcernException;
import io.connectmongodb.driver.error.MongoWriteException;
import io.connectmongodb.driver.error.WriteError;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.DeleteResult;
import io.connectmongodb.driver.model.InsertManyResult;
import io.connectmongodb.driver.model.UpdateResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonValue;

/**
 * Turns merged write replies into the public results, or into the exceptions the CRUD spec asks
 * for: a write error of a single-document call becomes {@link MongoWriteException} (or
 * {@link DuplicateKeyException} for codes 11000/11001/12582); a write concern error becomes
 * {@link MongoWriteConcernException}; any error of a multi-document insert becomes
 * {@link MongoBulkWriteException} with every error and the partial result.
 */
public final class WriteResults {
    private WriteResults() {
    }

    /** Throws when a single-statement write failed. */
    public static void throwIfSingleWriteFailed(WriteCommandResult result) {
        if (!result.writeErrors().isEmpty()) {
            WriteError error = result.writeErrors().get(0);
            if (error.isDuplicateKey()) {
                throw new DuplicateKeyException(error, result.address(), DuplicateKeyDetails.keyPattern(error),
                        DuplicateKeyDetails.keyValue(error));
            }
            throw new MongoWriteException(error, result.address());
        }
        if (result.writeConcernError() != null) {
            throw result.withWriteConcernLabels(new MongoWriteConcernException(result.writeConcernError(), result.address()));
        }
    }

    public static UpdateResult updateResult(WriteCommandResult result) {
        throwIfSingleWriteFailed(result);
        BsonValue upsertedId = result.upsertedIds().isEmpty() ? null : result.upsertedIds().values().iterator().next();
        return new UpdateResult(result.n() - result.upsertedIds().size(), result.nModified(), upsertedId);
    }

    public static DeleteResult deleteResult(WriteCommandResult result) {
        throwIfSingleWriteFailed(result);
        return new DeleteResult(result.n());
    }

    /**
     * The result of an insertMany whose documents have {@code ids} (caller's order). Documents
     * count as inserted when they were sent and did not fail; an ordered insert inserts nothing
     * after its first failure.
     */
    public static InsertManyResult insertManyResult(WriteCommandResult result, List<BsonValue> ids) {
        if (!result.hasErrors()) {
            return new InsertManyResult(indexed(ids, ids.size(), Set.of()));
        }
        Set<Integer> failed = new HashSet<>();
        result.writeErrors().forEach(e -> failed.add(e.index()));
        int insertedUpTo = result.ordered() && !result.writeErrors().isEmpty()
                ? result.writeErrors().get(0).index() : result.sentStatements();
        Map<Integer, BsonValue> inserted = indexed(ids, insertedUpTo, failed);
        BulkWriteResult partial = new BulkWriteResult(result.n(), 0, 0, 0, inserted, Map.of());
        throw result.withWriteConcernLabels(
                new MongoBulkWriteException(result.writeErrors(), result.writeConcernError(), partial, result.address()));
    }

    /**
     * The ids by index, as the immutable map the result types copy into anyway ({@code Map.copyOf}
     * keeps an immutable map as it is), so no intermediate hash map is built for a large batch.
     */
    @SuppressWarnings("unchecked")
    private static Map<Integer, BsonValue> indexed(List<BsonValue> ids, int upTo, Set<Integer> excluded) {
        int count = 0;
        for (int i = 0; i < upTo; i++) {
            if (excluded.isEmpty() || !excluded.contains(i)) {
                count++;
            }
        }
        Map.Entry<Integer, BsonValue>[] entries = new Map.Entry[count];
        int next = 0;
        for (int i = 0; i < upTo; i++) {
            if (excluded.isEmpty() || !excluded.contains(i)) {
                entries[next++] = Map.entry(i, ids.get(i));
            }
        }
        return Map.ofEntries(entries);
    }
}
