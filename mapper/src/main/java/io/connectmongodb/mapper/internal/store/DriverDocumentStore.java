package io.connectmongodb.mapper.internal.store;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.error.DuplicateKeyException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.model.Collation;
import io.connectmongodb.driver.model.CountOptions;
import io.connectmongodb.driver.model.IndexOptions;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.UpdateResult;
import io.connectmongodb.mapper.internal.codec.EntityDocument;
import io.connectmongodb.mapper.internal.tx.SessionBinding;

import jakarta.data.exceptions.EntityExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * {@link DocumentStore} on the driver's public {@code MongoCollection<BsonDocument>}. Before every
 * call it asks the {@link SessionBinding} for the current transaction's session and, when there is
 * one, uses the driver's {@code (ClientSession, ...)} overload, so the call joins the transaction.
 * Async calls inside a transaction are refused (the driver's async API takes no session, and
 * silently running outside the transaction would break its atomicity). A duplicate key on insert
 * becomes Jakarta Data's {@link EntityExistsException} (the driver's exception is kept as the cause).
 * Inserted and replacing {@link EntityDocument}s go through a view of the collection whose codec
 * writes the entity straight to BSON, so no document tree is built for them.
 */
public final class DriverDocumentStore implements DocumentStore {
    /** Strength 2 compares base letters and accents but not case; English rules order the letters. */
    static final Collation CASE_INSENSITIVE = Collation.builder().locale("en").strength(Collation.Strength.SECONDARY).build();

    private final MongoCollection<BsonDocument> collection;
    /** The same collection writing {@link EntityDocument}s straight from their entities (no tree). */
    private final MongoCollection<EntityDocument> entityWrites;
    private final SessionBinding sessions;

    public DriverDocumentStore(MongoCollection<BsonDocument> collection, SessionBinding sessions) {
        this.collection = collection;
        this.entityWrites = collection.withCodecRegistry(CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new EntityDocumentCodec()), collection.getCodecRegistry()))
                .withDocumentClass(EntityDocument.class);
        this.sessions = sessions;
    }

    @Override
    public String collectionName() {
        return collection.getNamespace().getCollectionName();
    }

    @Override
    public void insert(List<BsonDocument> documents) {
        List<EntityDocument> entities = EntityDocument.allOf(documents);
        try {
            if (entities != null) {
                insertInto(entityWrites, entities);
            } else {
                insertInto(collection, documents);
            }
        } catch (DuplicateKeyException e) {
            throw entityExists(e);
        }
    }

    private <D> void insertInto(MongoCollection<D> target, List<D> documents) {
        ClientSession session = sessions.current();
        if (documents.size() == 1) {
            if (session == null) {
                target.insertOne(documents.get(0));
            } else {
                target.insertOne(session, documents.get(0));
            }
        } else if (!documents.isEmpty()) {
            if (session == null) {
                target.insertMany(documents);
            } else {
                target.insertMany(session, documents);
            }
        }
    }

    @Override
    public long replaceOne(BsonDocument filter, BsonDocument replacement, boolean upsert) {
        ReplaceOptions options = new ReplaceOptions().upsert(upsert);
        UpdateResult result = replacement instanceof EntityDocument entity ? replaceIn(entityWrites, filter, entity, options)
                : replaceIn(collection, filter, replacement, options);
        return result.matchedCount() + (result.upsertedId() == null ? 0 : 1);
    }

    private <D> UpdateResult replaceIn(MongoCollection<D> target, BsonDocument filter, D replacement, ReplaceOptions options) {
        ClientSession session = sessions.current();
        return session == null ? target.replaceOne(filter, replacement, options)
                : target.replaceOne(session, filter, replacement, options);
    }

    @Override
    public long update(BsonDocument filter, BsonDocument update, boolean multi) {
        ClientSession session = sessions.current();
        UpdateResult result;
        if (session == null) {
            result = multi ? collection.updateMany(filter, update) : collection.updateOne(filter, update);
        } else {
            result = multi ? collection.updateMany(session, filter, update) : collection.updateOne(session, filter, update);
        }
        return result.matchedCount();
    }

    @Override
    public long delete(BsonDocument filter, boolean multi) {
        ClientSession session = sessions.current();
        if (session == null) {
            return (multi ? collection.deleteMany(filter) : collection.deleteOne(filter)).deletedCount();
        }
        return (multi ? collection.deleteMany(session, filter) : collection.deleteOne(session, filter)).deletedCount();
    }

    @Override
    public DocumentCursor find(FindQuery query) {
        return wrap(findIterable(query, sessions.current()).cursor());
    }

    @Override
    public long count(BsonDocument filter, long skip, long limit) {
        ClientSession session = sessions.current();
        CountOptions options = countOptions(skip, limit);
        return session == null ? collection.countDocuments(filter, options) : collection.countDocuments(session, filter, options);
    }

    @Override
    public List<BsonValue> distinct(String fieldName, BsonDocument filter) {
        ClientSession session = sessions.current();
        return (session == null ? collection.distinct(fieldName, filter, BsonValue.class)
                : collection.distinct(session, fieldName, filter, BsonValue.class)).into(new ArrayList<>());
    }

    @Override
    public DocumentCursor aggregate(List<BsonDocument> pipeline) {
        ClientSession session = sessions.current();
        return wrap((session == null ? collection.aggregate(pipeline) : collection.aggregate(session, pipeline)).cursor());
    }

    @Override
    public void createIndex(BsonDocument keys, BsonDocument options) {
        IndexOptions indexOptions = new IndexOptions();
        if (options.getBoolean("unique", BsonBoolean.FALSE).getValue()) {
            indexOptions.unique(true);
        }
        if (options.getBoolean("sparse", BsonBoolean.FALSE).getValue()) {
            indexOptions.sparse(true);
        }
        if (options.containsKey("name")) {
            indexOptions.name(options.getString("name").getValue());
        }
        if (options.containsKey("weights")) {
            indexOptions.weights(options.getDocument("weights"));
        }
        ClientSession session = sessions.current();
        if (session == null) {
            collection.createIndex(keys, indexOptions);
        } else {
            collection.createIndex(session, keys, indexOptions);
        }
    }

    @Override
    public CompletableFuture<Void> insertAsync(List<BsonDocument> documents) {
        requireNoTransaction();
        List<EntityDocument> entities = EntityDocument.allOf(documents);
        CompletableFuture<?> insert;
        if (entities != null) {
            insert = entities.size() == 1 ? entityWrites.insertOneAsync(entities.get(0)) : entityWrites.insertManyAsync(entities);
        } else {
            insert = documents.size() == 1 ? collection.insertOneAsync(documents.get(0)) : collection.insertManyAsync(documents);
        }
        return AsyncResults.map(insert, result -> null,
                error -> error instanceof DuplicateKeyException duplicate ? entityExists(duplicate) : error);
    }

    @Override
    public CompletableFuture<Long> replaceOneAsync(BsonDocument filter, BsonDocument replacement, boolean upsert) {
        requireNoTransaction();
        ReplaceOptions options = new ReplaceOptions().upsert(upsert);
        CompletableFuture<UpdateResult> replace = replacement instanceof EntityDocument entity
                ? entityWrites.replaceOneAsync(filter, entity, options) : collection.replaceOneAsync(filter, replacement, options);
        return AsyncResults.map(replace,
                result -> result.matchedCount() + (result.upsertedId() == null ? 0 : 1),
                error -> error instanceof DuplicateKeyException duplicate ? entityExists(duplicate) : error);
    }

    @Override
    public CompletableFuture<Long> deleteAsync(BsonDocument filter, boolean multi) {
        requireNoTransaction();
        return AsyncResults.map(multi ? collection.deleteManyAsync(filter) : collection.deleteOneAsync(filter),
                result -> result.deletedCount());
    }

    @Override
    public CompletableFuture<List<BsonDocument>> findAsync(FindQuery query) {
        requireNoTransaction();
        return AsyncResults.map(findIterable(query, null).intoAsync(new ArrayList<BsonDocument>()), list -> list);
    }

    @Override
    public CompletableFuture<Long> countAsync(BsonDocument filter, long skip, long limit) {
        requireNoTransaction();
        return AsyncResults.map(collection.countDocumentsAsync(filter, countOptions(skip, limit)), count -> count);
    }

    private void requireNoTransaction() {
        if (sessions.current() != null) {
            throw new MongoUnsupportedFeatureException("repository methods returning CompletableFuture run on the driver's "
                    + "async API, which cannot join the current transaction; declare the method synchronously to use it "
                    + "inside mapper.inTransaction or beginTransaction");
        }
    }

    private FindIterable<BsonDocument> findIterable(FindQuery query, ClientSession session) {
        FindIterable<BsonDocument> find = session == null ? collection.find(query.filter()) : collection.find(session, query.filter());
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
        if (query.ignoreCase()) {
            find = find.collation(CASE_INSENSITIVE);
        }
        return find;
    }

    private static CountOptions countOptions(long skip, long limit) {
        CountOptions options = new CountOptions();
        if (skip > 0) {
            options.skip(Math.toIntExact(skip));
        }
        if (limit > 0) {
            options.limit(Math.toIntExact(limit));
        }
        return options;
    }

    private EntityExistsException entityExists(DuplicateKeyException e) {
        return new EntityExistsException("an entity with the same key already exists in " + collectionName()
                + ": " + e.getMessage(), e);
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
