package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.MongoWriteConcernException;
import io.connectmongodb.driver.internal.bson.BsonDecoding;
import io.connectmongodb.driver.internal.bson.BsonEncoding;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * The {@code findAndModify} command behind findOneAndDelete, findOneAndUpdate and
 * findOneAndReplace. {@code ReturnDocument.AFTER} is sent as {@code new: true}; the caller's
 * projection as {@code fields}. The reply's {@code value} (or {@code null}) is decoded to the
 * caller's type; a {@code writeConcernError} in the reply fails the call.
 */
public final class FindAndModifyOperation<T> implements Operation<T> {
    private final MongoNamespace namespace;
    private final BsonDocument filter;
    private final Decoder<T> decoder;
    private final BsonValue update;
    private final boolean replacement;
    private BsonDocument sort;
    private BsonDocument projection;
    private boolean returnNew;
    private boolean upsert;
    private Boolean bypassDocumentValidation;
    private List<BsonDocument> arrayFilters;
    private BsonValue hint;
    private BsonDocument collation;
    private long maxTimeMS;

    private FindAndModifyOperation(MongoNamespace namespace, BsonDocument filter, Decoder<T> decoder, BsonValue update,
                                   boolean replacement) {
        this.namespace = namespace;
        this.filter = filter;
        this.decoder = decoder;
        this.update = update;
        this.replacement = replacement;
    }

    public static <T> FindAndModifyOperation<T> delete(MongoNamespace namespace, BsonDocument filter, Decoder<T> decoder) {
        return new FindAndModifyOperation<>(namespace, filter, decoder, null, false);
    }

    /** {@code update} is an operator document or a pipeline array. */
    public static <T> FindAndModifyOperation<T> update(MongoNamespace namespace, BsonDocument filter, BsonValue update,
                                                       Decoder<T> decoder) {
        return new FindAndModifyOperation<>(namespace, filter, decoder, update, false);
    }

    public static <T> FindAndModifyOperation<T> replace(MongoNamespace namespace, BsonDocument filter, BsonDocument replacement,
                                                        Decoder<T> decoder) {
        return new FindAndModifyOperation<>(namespace, filter, decoder, replacement, true);
    }

    public FindAndModifyOperation<T> sort(BsonDocument sort) {
        this.sort = sort;
        return this;
    }

    public FindAndModifyOperation<T> projection(BsonDocument projection) {
        this.projection = projection;
        return this;
    }

    /** Return the document after the change ({@code new: true}). */
    public FindAndModifyOperation<T> returnNew(boolean returnNew) {
        this.returnNew = returnNew;
        return this;
    }

    public FindAndModifyOperation<T> upsert(boolean upsert) {
        this.upsert = upsert;
        return this;
    }

    public FindAndModifyOperation<T> bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    public FindAndModifyOperation<T> arrayFilters(List<BsonDocument> arrayFilters) {
        this.arrayFilters = arrayFilters;
        return this;
    }

    public FindAndModifyOperation<T> hint(BsonValue hint) {
        this.hint = hint;
        return this;
    }

    public FindAndModifyOperation<T> collation(BsonDocument collation) {
        this.collation = collation;
        return this;
    }

    public FindAndModifyOperation<T> maxTimeMS(long maxTimeMS) {
        this.maxTimeMS = maxTimeMS;
        return this;
    }

    public BsonDocument command() {
        BsonDocument command = new BsonDocument("findAndModify", new BsonString(namespace.getCollectionName()))
                .append("query", filter);
        Commands.putIfNotNull(command, "sort", sort);
        if (update == null) {
            command.append("remove", BsonBoolean.TRUE);
        } else {
            command.append("update", update);
            command.append("new", BsonBoolean.valueOf(returnNew));
            if (upsert) {
                command.append("upsert", BsonBoolean.TRUE);
            }
        }
        Commands.putIfNotNull(command, "fields", projection);
        if (bypassDocumentValidation != null && update != null) {
            command.append("bypassDocumentValidation", BsonBoolean.valueOf(bypassDocumentValidation));
        }
        if (arrayFilters != null) {
            command.append("arrayFilters", new BsonArray(arrayFilters));
        }
        Commands.putIfNotNull(command, "hint", hint);
        Commands.putIfNotNull(command, "collation", collation);
        if (maxTimeMS > 0) {
            command.append("maxTimeMS", new BsonInt64(maxTimeMS));
        }
        return Commands.withDatabase(command, namespace.getDatabaseName());
    }

    @Override
    public T execute(ConnectionSource source) {
        BsonDocument command = command();
        try (Connection connection = source.acquire()) {
            if (replacement) {
                DocumentSizes.check("replacement document", BsonEncoding.toRaw("replacement document", update.asDocument()),
                        connection.description().maxBsonObjectSize());
            }
            BsonDocument reply = connection.command(command);
            if (reply.containsKey("writeConcernError")) {
                MongoWriteConcernException failure = new MongoWriteConcernException(
                        WriteErrorParser.writeConcernError(reply.getDocument("writeConcernError")), connection.description().address());
                WriteErrorParser.labels(reply.containsKey("errorLabels") ? reply.getArray("errorLabels") : null)
                        .forEach(failure::addErrorLabel);
                throw failure;
            }
            BsonValue value = reply.get("value");
            return value == null || value.isNull() ? null : BsonDecoding.decode(value.asDocument(), decoder);
        }
    }
}
