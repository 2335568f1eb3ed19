package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.cursor.CommandCursor;
import io.connectmongodb.driver.internal.cursor.CursorSettings;
import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * The {@code find} command (find/getMore/killCursors spec). Option mapping:
 * a negative limit means "at most {@code -limit} documents in one batch", sent as a positive
 * {@code limit} with {@code singleBatch: true}; a batch size larger than a positive limit is cut to
 * the limit, since the server would never fill it. Unset options are left out.
 */
public final class FindOperation<T> implements Operation<CommandCursor<T>> {
    private final MongoNamespace namespace;
    private final Decoder<T> decoder;
    private BsonDocument filter = new BsonDocument();
    private BsonDocument projection;
    private BsonDocument sort;
    private int skip;
    private int limit;
    private int batchSize;
    private BsonValue hint;
    private BsonDocument collation;
    private long maxTimeMS;
    private BsonValue comment;

    public FindOperation(MongoNamespace namespace, Decoder<T> decoder) {
        this.namespace = namespace;
        this.decoder = decoder;
    }

    public FindOperation<T> filter(BsonDocument filter) {
        this.filter = filter == null ? new BsonDocument() : filter;
        return this;
    }

    public FindOperation<T> projection(BsonDocument projection) {
        this.projection = projection;
        return this;
    }

    public FindOperation<T> sort(BsonDocument sort) {
        this.sort = sort;
        return this;
    }

    public FindOperation<T> skip(int skip) {
        this.skip = skip;
        return this;
    }

    public FindOperation<T> limit(int limit) {
        this.limit = limit;
        return this;
    }

    public FindOperation<T> batchSize(int batchSize) {
        this.batchSize = batchSize;
        return this;
    }

    /** An index key pattern (document) or an index name (string). */
    public FindOperation<T> hint(BsonValue hint) {
        this.hint = hint;
        return this;
    }

    public FindOperation<T> collation(BsonDocument collation) {
        this.collation = collation;
        return this;
    }

    public FindOperation<T> maxTimeMS(long maxTimeMS) {
        this.maxTimeMS = maxTimeMS;
        return this;
    }

    public FindOperation<T> comment(BsonValue comment) {
        this.comment = comment;
        return this;
    }

    public BsonDocument command() {
        BsonDocument command = new BsonDocument("find", new BsonString(namespace.getCollectionName()));
        command.append("filter", filter);
        Commands.putIfNotNull(command, "sort", sort);
        Commands.putIfNotNull(command, "projection", projection);
        Commands.putIfNotNull(command, "hint", hint);
        if (skip > 0) {
            command.append("skip", new BsonInt64(skip));
        }
        if (limit != 0) {
            command.append("limit", new BsonInt64(Math.abs((long) limit)));
        }
        int effectiveBatchSize = firstBatchSize();
        if (effectiveBatchSize > 0) {
            command.append("batchSize", new BsonInt32(effectiveBatchSize));
        }
        if (limit < 0) {
            command.append("singleBatch", BsonBoolean.TRUE);
        }
        Commands.putIfNotNull(command, "comment", comment);
        if (maxTimeMS > 0) {
            command.append("maxTimeMS", new BsonInt64(maxTimeMS));
        }
        Commands.putIfNotNull(command, "collation", collation);
        return Commands.withDatabase(command, namespace.getDatabaseName());
    }

    @Override
    public CommandCursor<T> execute(ConnectionSource source) {
        CursorSettings settings = new CursorSettings(Math.max(batchSize, 0), (int) Math.min(Math.abs((long) limit), Integer.MAX_VALUE),
                0, comment);
        return new CursorOperation<>(command(), decoder, settings, null).execute(source);
    }

    private int firstBatchSize() {
        if (limit > 0 && batchSize > limit) {
            return limit;
        }
        return batchSize;
    }
}
