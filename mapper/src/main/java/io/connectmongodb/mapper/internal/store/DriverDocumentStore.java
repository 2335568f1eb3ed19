package io.connectmongodb.mapper.internal.store;

import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.error.DuplicateKeyException;
import io.connectmongodb.driver.model.CountOptions;
import io.connectmongodb.driver.model.IndexOptions;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.UpdateResult;

import jakarta.data.exceptions.EntityExistsException;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * {@link DocumentStore} on the driver's public {@code MongoCollection<BsonDocument>}. A duplicate
 * key on insert becomes Jakarta Data's {@link EntityExistsException} (the driver's exception is
 * kept as the cause).
 */
public final class DriverDocumentStore implements DocumentStore {
    private final MongoCollection<BsonDocument> collection;

    public DriverDocumentStore(MongoCollection<BsonDocument> collection) {
        this.collection = collection;
    }

    @Override
    public String collectionName() {
        return collection.getNamespace().getCollectionName();
    }

    @Override
    public void insert(List<BsonDocument> documents) {
        try {
            if (documents.size() == 1) {
                collection.insertOne(documents.get(0));
            } else if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
        } catch (DuplicateKeyException e) {
            throw new EntityExistsException("an entity with the same key already exists in " + collectionName()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long replaceOne(BsonDocument filter, BsonDocument replacement, boolean upsert) {
        UpdateResult result = collection.replaceOne(filter, replacement, new ReplaceOptions().upsert(upsert));
        return result.matchedCount() + (result.upsertedId() == null ? 0 : 1);
    }

    @Override
    public long update(BsonDocument filter, BsonDocument update, boolean multi) {
        UpdateResult result = multi ? collection.updateMany(filter, update) : collection.updateOne(filter, update);
        return result.matchedCount();
    }

    @Override
    public long delete(BsonDocument filter, boolean multi) {
        return (multi ? collection.deleteMany(filter) : collection.deleteOne(filter)).deletedCount();
    }

    @Override
    public DocumentCursor find(FindQuery query) {
        FindIterable<BsonDocument> find = collection.find(query.filter());
        if (query.projection() != null) {
            find = find.projection(query.projection());
        }
        if (query.sort() != null && !query.sort().isEmpty()) {
            find = find.sort(query.sort());
        }
        if (query.skip() > 0) {
            find = find.skip(Math.toIntExact(query.skip()));
        }
        if (query.limit() > 0) {
            find = find.limit(query.limit());
        }
        if (query.batchSize() > 0) {
            find = find.batchSize(query.batchSize());
        }
        return wrap(find.cursor());
    }

    @Override
    public long count(BsonDocument filter, long skip, long limit) {
        CountOptions options = new CountOptions();
        if (skip > 0) {
            options.skip(Math.toIntExact(skip));
        }
        if (limit > 0) {
            options.limit(Math.toIntExact(limit));
        }
        return collection.countDocuments(filter, options);
    }

    @Override
    public List<BsonValue> distinct(String fieldName, BsonDocument filter) {
        return collection.distinct(fieldName, filter, BsonValue.class).into(new ArrayList<>());
    }

    @Override
    public DocumentCursor aggregate(List<BsonDocument> pipeline) {
        return wrap(collection.aggregate(pipeline).cursor());
    }

    @Override
    public void createIndex(BsonDocument keys, BsonDocument options) {
        IndexOptions indexOptions = new IndexOptions();
        if (options.getBoolean("unique", org.bson.BsonBoolean.FALSE).getValue()) {
            indexOptions.unique(true);
        }
        if (options.getBoolean("sparse", org.bson.BsonBoolean.FALSE).getValue()) {
            indexOptions.sparse(true);
        }
        if (options.containsKey("name")) {
            indexOptions.name(options.getString("name").getValue());
        }
        if (options.containsKey("weights")) {
            indexOptions.weights(options.getDocument("weights"));
        }
        collection.createIndex(keys, indexOptions);
    }

    private static DocumentCursor wrap(MongoCursor<BsonDocument> cursor) {
        return new DocumentCursor() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public BsonDocument next() {
                return cursor.next();
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }
}
