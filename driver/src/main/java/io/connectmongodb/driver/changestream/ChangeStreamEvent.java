package io.connectmongodb.driver.changestream;

import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * One change reported by a change stream. Fields the server did not send are {@code null}; the
 * whole event as received is available from {@link #getRawEvent()} (useful with pipelines that
 * reshape events).
 *
 * @param <T> the type of {@code fullDocument} and {@code fullDocumentBeforeChange}
 */
public final class ChangeStreamEvent<T> {
    private final BsonDocument resumeToken;
    private final OperationType operationType;
    private final String operationTypeName;
    private final MongoNamespace namespace;
    private final MongoNamespace destinationNamespace;
    private final BsonDocument documentKey;
    private final T fullDocument;
    private final T fullDocumentBeforeChange;
    private final UpdateDescription updateDescription;
    private final BsonTimestamp clusterTime;
    private final BsonDocument rawEvent;

    public ChangeStreamEvent(BsonDocument resumeToken, String operationTypeName, MongoNamespace namespace,
                             MongoNamespace destinationNamespace, BsonDocument documentKey, T fullDocument,
                             T fullDocumentBeforeChange, UpdateDescription updateDescription, BsonTimestamp clusterTime,
                             BsonDocument rawEvent) {
        this.resumeToken = resumeToken;
        this.operationTypeName = operationTypeName;
        this.operationType = operationTypeName == null ? null : OperationType.fromValue(operationTypeName);
        this.namespace = namespace;
        this.destinationNamespace = destinationNamespace;
        this.documentKey = documentKey;
        this.fullDocument = fullDocument;
        this.fullDocumentBeforeChange = fullDocumentBeforeChange;
        this.updateDescription = updateDescription;
        this.clusterTime = clusterTime;
        this.rawEvent = rawEvent;
    }

    /** The event's {@code _id}: pass it to {@code resumeAfter} or {@code startAfter} to continue after this event. */
    public BsonDocument getResumeToken() {
        return resumeToken;
    }

    public OperationType getOperationType() {
        return operationType;
    }

    /** The server's name of the operation type, also for types this driver does not know. */
    public String getOperationTypeName() {
        return operationTypeName;
    }

    /** {@code ns}: where the change happened (no collection for database-wide events). */
    public MongoNamespace getNamespace() {
        return namespace;
    }

    /** {@code ns.db}: the database of the change, also for database-wide events such as dropDatabase. */
    public String getDatabaseName() {
        if (namespace != null) {
            return namespace.getDatabaseName();
        }
        BsonDocument ns = rawEvent == null ? null : rawEvent.getDocument("ns", null);
        return ns != null && ns.isString("db") ? ns.getString("db").getValue() : null;
    }

    /** {@code to}: the new namespace of a rename. */
    public MongoNamespace getDestinationNamespace() {
        return destinationNamespace;
    }

    /** {@code documentKey}: the changed document's {@code _id} (and shard key). */
    public BsonDocument getDocumentKey() {
        return documentKey;
    }

    public T getFullDocument() {
        return fullDocument;
    }

    public T getFullDocumentBeforeChange() {
        return fullDocumentBeforeChange;
    }

    public UpdateDescription getUpdateDescription() {
        return updateDescription;
    }

    public BsonTimestamp getClusterTime() {
        return clusterTime;
    }

    public BsonDocument getRawEvent() {
        return rawEvent;
    }

    @Override
    public String toString() {
        return "ChangeStreamEvent{operationType=" + operationTypeName + ", ns=" + namespace + ", documentKey="
                + (documentKey == null ? null : documentKey.toJson()) + ", fullDocument=" + fullDocument
                + ", updateDescription=" + updateDescription + ", clusterTime=" + clusterTime + "}";
    }
}
