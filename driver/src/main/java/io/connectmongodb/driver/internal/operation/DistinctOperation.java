package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.bson.BsonDecoding;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;

/**
 * The {@code distinct} command: the distinct values of one field among the documents matching a
 * filter. The server answers in one reply (no cursor); each value is decoded to the caller's type.
 */
public final class DistinctOperation<T> implements Operation<List<T>> {
    private final MongoNamespace namespace;
    private final String fieldName;
    private final BsonDocument filter;
    private final Decoder<T> decoder;
    private BsonDocument collation;
    private long maxTimeMS;
    private BsonValue comment;

    public DistinctOperation(MongoNamespace namespace, String fieldName, BsonDocument filter, Decoder<T> decoder) {
        this.namespace = namespace;
        this.fieldName = fieldName;
        this.filter = filter;
        this.decoder = decoder;
    }

    public DistinctOperation<T> collation(BsonDocument collation) {
        this.collation = collation;
        return this;
    }

    public DistinctOperation<T> maxTimeMS(long maxTimeMS) {
        this.maxTimeMS = maxTimeMS;
        return this;
    }

    public DistinctOperation<T> comment(BsonValue comment) {
        this.comment = comment;
        return this;
    }

    public BsonDocument command() {
        BsonDocument command = new BsonDocument("distinct", new BsonString(namespace.getCollectionName()))
                .append("key", new BsonString(fieldName))
                .append("query", filter);
        Commands.putIfNotNull(command, "collation", collation);
        if (maxTimeMS > 0) {
            command.append("maxTimeMS", new BsonInt64(maxTimeMS));
        }
        Commands.putIfNotNull(command, "comment", comment);
        return Commands.withDatabase(command, namespace.getDatabaseName());
    }

    @Override
    public List<T> execute(ConnectionSource source) {
        return new CommandOperation<>(command(), (reply, description) -> {
            List<T> values = new ArrayList<>();
            for (BsonValue value : reply.getArray("values")) {
                values.add(BsonDecoding.decodeValue(value, decoder));
            }
            return values;
        }).execute(source);
    }
}
