package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * {@code estimatedDocumentCount}: the {@code count} command without a filter, answered from the
 * collection's metadata. A collection that does not exist counts 0.
 */
public final class EstimatedDocumentCountOperation implements Operation<Long> {
    private final MongoNamespace namespace;
    private long maxTimeMS;
    private BsonValue comment;

    public EstimatedDocumentCountOperation(MongoNamespace namespace) {
        this.namespace = namespace;
    }

    public EstimatedDocumentCountOperation maxTimeMS(long maxTimeMS) {
        this.maxTimeMS = maxTimeMS;
        return this;
    }

    public EstimatedDocumentCountOperation comment(BsonValue comment) {
        this.comment = comment;
        return this;
    }

    public BsonDocument command() {
        BsonDocument command = new BsonDocument("count", new BsonString(namespace.getCollectionName()));
        if (maxTimeMS > 0) {
            command.append("maxTimeMS", new BsonInt64(maxTimeMS));
        }
        Commands.putIfNotNull(command, "comment", comment);
        return Commands.withDatabase(command, namespace.getDatabaseName());
    }

    @Override
    public Long execute(ConnectionSource source) {
        return new CommandOperation<>(command(), (reply, description) -> reply.getNumber("n").longValue())
                .whenNamespaceNotFound(() -> 0L)
                .execute(source);
    }
}
