package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.cursor.CommandCursor;
import io.connectmongodb.driver.internal.cursor.CursorSettings;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * The {@code aggregate} command on a collection, or on a whole database ({@code aggregate: 1})
 * when no collection is given. A pipeline whose last stage is {@code $out} or {@code $merge}
 * writes to a collection: the CRUD spec says its {@code cursor} document must not carry a batch
 * size, and its reply holds an empty first batch.
 */
public final class AggregateOperation<T> implements Operation<CommandCursor<T>> {
    private final String databaseName;
    private final String collectionName;
    private final List<BsonDocument> pipeline;
    private final Decoder<T> decoder;
    private Boolean allowDiskUse;
    private int batchSize;
    private BsonDocument collation;
    private BsonValue hint;
    private long maxTimeMS;
    private BsonValue comment;
    private Boolean bypassDocumentValidation;

    /** A collection-level aggregate. */
    public AggregateOperation(MongoNamespace namespace, List<BsonDocument> pipeline, Decoder<T> decoder) {
        this(namespace.getDatabaseName(), namespace.getCollectionName(), pipeline, decoder);
    }

    /** A database-level aggregate ({@code aggregate: 1}). */
    public AggregateOperation(String databaseName, List<BsonDocument> pipeline, Decoder<T> decoder) {
        this(databaseName, null, pipeline, decoder);
    }

    private AggregateOperation(String databaseName, String collectionName, List<BsonDocument> pipeline, Decoder<T> decoder) {
        this.databaseName = databaseName;
        this.collectionName = collectionName;
        this.pipeline = List.copyOf(pipeline);
        this.decoder = decoder;
    }

    public AggregateOperation<T> allowDiskUse(Boolean allowDiskUse) {
        this.allowDiskUse = allowDiskUse;
        return this;
    }

    public AggregateOperation<T> batchSize(int batchSize) {
        this.batchSize = batchSize;
        return this;
    }

    public AggregateOperation<T> collation(BsonDocument collation) {
        this.collation = collation;
        return this;
    }

    public AggregateOperation<T> hint(BsonValue hint) {
        this.hint = hint;
        return this;
    }

    public AggregateOperation<T> maxTimeMS(long maxTimeMS) {
        this.maxTimeMS = maxTimeMS;
        return this;
    }

    public AggregateOperation<T> comment(BsonValue comment) {
        this.comment = comment;
        return this;
    }

    public AggregateOperation<T> bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    /** Whether the last stage is {@code $out} or {@code $merge}. */
    public boolean writesToCollection() {
        return endsWithOutputStage(pipeline);
    }

    static boolean endsWithOutputStage(List<BsonDocument> pipeline) {
        if (pipeline.isEmpty()) {
            return false;
        }
        BsonDocument last = pipeline.get(pipeline.size() - 1);
        return !last.isEmpty() && (last.getFirstKey().equals("$out") || last.getFirstKey().equals("$merge"));
    }

    public BsonDocument command() {
        BsonValue target = collectionName == null ? new BsonInt32(1) : new BsonString(collectionName);
        BsonDocument command = new BsonDocument("aggregate", target);
        command.append("pipeline", new BsonArray(pipeline));
        BsonDocument cursor = new BsonDocument();
        if (batchSize > 0 && !writesToCollection()) {
            cursor.append("batchSize", new BsonInt32(batchSize));
        }
        command.append("cursor", cursor);
        if (allowDiskUse != null) {
            command.append("allowDiskUse", BsonBoolean.valueOf(allowDiskUse));
        }
        if (bypassDocumentValidation != null && writesToCollection()) {
            command.append("bypassDocumentValidation", BsonBoolean.valueOf(bypassDocumentValidation));
        }
        Commands.putIfNotNull(command, "collation", collation);
        Commands.putIfNotNull(command, "hint", hint);
        if (maxTimeMS > 0) {
            command.append("maxTimeMS", new BsonInt64(maxTimeMS));
        }
        Commands.putIfNotNull(command, "comment", comment);
        return Commands.withDatabase(command, databaseName);
    }

    @Override
    public CommandCursor<T> execute(ConnectionSource source) {
        CursorSettings settings = new CursorSettings(Math.max(batchSize, 0), 0, 0, comment);
        return new CursorOperation<>(command(), decoder, settings, null).execute(source);
    }
}
