package io.connectmongodb.mapper.internal.store;

import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.ReturnDocument;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * {@link SequenceStore} on one collection of counter documents {@code {_id: name, value: n}}.
 * Each advance is a single {@code findAndModify} with {@code $inc}, {@code upsert} and the
 * document after the update: the server applies it atomically to the one document, so
 * concurrent writers (threads or processes) always get disjoint ranges. It deliberately runs
 * outside any transaction, like a SQL sequence: a range reserved by a transaction that later
 * aborts is not given back (ids may have gaps, never duplicates), and the counter document
 * never becomes a write conflict between transactions.
 */
public final class DriverSequenceStore implements SequenceStore {
    public static final String COLLECTION_NAME = "mapper_sequences";
    private static final String VALUE_FIELD = "value";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<BsonDocument> counters;

    public DriverSequenceStore(MongoCollection<BsonDocument> counters) {
        this.counters = counters;
    }

    @Override
    public long advance(String name, long count) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("sequence name must not be null or empty");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a sequence advances by at least 1, not " + count);
        }
        BsonDocument after;
        try {
            after = increment(name, count);
        } catch (io.connectmongodb.driver.error.MongoServerException e) {
            if (e.code() != DUPLICATE_KEY) {
                throw e;
            }
            // two first-ever advances both tried to insert the counter: the loser now finds it
            after = increment(name, count);
        }
        BsonValue value = after == null ? null : after.get(VALUE_FIELD);
        if (value == null || !value.isNumber()) {
            throw new IllegalStateException("the counter " + name + " in " + COLLECTION_NAME
                    + " has no numeric '" + VALUE_FIELD + "' after $inc: " + after);
        }
        return value.asNumber().longValue();
    }

    private BsonDocument increment(String name, long count) {
        return counters.findOneAndUpdate(new BsonDocument("_id", new BsonString(name)),
                new BsonDocument("$inc", new BsonDocument(VALUE_FIELD, new BsonInt64(count))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }
}
