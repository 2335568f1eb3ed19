package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * {@code countDocuments} as the CRUD spec defines it: an aggregate of
 * {@code $match} (the filter), optional {@code $skip} and {@code $limit}, then
 * {@code $group: {_id: 1, n: {$sum: 1}}}. The reply holds at most one small document, so the first
 * batch always carries the answer; an empty batch means zero matches.
 */
public final class CountDocumentsOperation implements Operation<Long> {
    private final MongoNamespace namespace;
    private final BsonDocument filter;
    private int skip;
    private int limit;
    private BsonValue hint;
    private BsonDocument collation;
    private long maxTimeMS;
    private BsonValue comment;

    public CountDocumentsOperation(MongoNamespace namespace, BsonDocument filter) {
        this.namespace = namespace;
        this.filter = filter;
    }

    public CountDocumentsOperation skip(int skip) {
        this.skip = skip;
        return this;
    }

    public CountDocumentsOperation limit(int limit) {
        this.limit = limit;
        return this;
    }

    public CountDocumentsOperation hint(BsonValue hint) {
        this.hint = hint;
        return this;
    }

    public CountDocumentsOperation collation(BsonDocument collation) {
        this.collation = collation;
        return this;
    }

    public CountDocumentsOperation maxTimeMS(long maxTimeMS) {
        this.maxTimeMS = maxTimeMS;
        return this;
    }

    public CountDocumentsOperation comment(BsonValue comment) {
        this.comment = comment;
        return this;
    }

    public BsonDocument command() {
        BsonArray pipeline = new BsonArray();
        pipeline.add(new BsonDocument("$match", filter));
        if (skip > 0) {
            pipeline.add(new BsonDocument("$skip", new BsonInt64(skip)));
        }
        if (limit > 0) {
            pipeline.add(new BsonDocument("$limit", new BsonInt64(limit)));
        }
        pipeline.add(new BsonDocument("$group", new BsonDocument("_id", new BsonInt32(1))
                .append("n", new BsonDocument("$sum", new BsonInt32(1)))));
        BsonDocument command = new BsonDocument("aggregate", new BsonString(namespace.getCollectionName()))
                .append("pipeline", pipeline)
                .append("cursor", new BsonDocument());
        Commands.putIfNotNull(command, "hint", hint);
        Commands.putIfNotNull(command, "collation", collation);
        if (maxTimeMS > 0) {
            command.append("maxTimeMS", new BsonInt64(maxTimeMS));
        }
        Commands.putIfNotNull(command, "comment", comment);
        return Commands.withDatabase(command, namespace.getDatabaseName());
    }

    @Override
    public Long execute(ConnectionSource source) {
        try (Connection connection = source.acquire()) {
            BsonDocument cursor = connection.command(command()).getDocument("cursor");
            BsonArray batch = cursor.getArray("firstBatch");
            return batch.isEmpty() ? 0L : batch.get(0).asDocument().getNumber("n").longValue();
        }
    }
}
