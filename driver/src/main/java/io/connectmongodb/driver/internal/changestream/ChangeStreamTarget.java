package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * What a change stream watches: one collection, one database ({@code aggregate: 1} on it) or the
 * whole deployment ({@code aggregate: 1} on {@code admin} with {@code allChangesForCluster}).
 */
public record ChangeStreamTarget(String databaseName, String collectionName, boolean allChangesForCluster) {

    public static ChangeStreamTarget collection(MongoNamespace namespace) {
        return new ChangeStreamTarget(namespace.getDatabaseName(), namespace.getCollectionName(), false);
    }

    public static ChangeStreamTarget database(String databaseName) {
        return new ChangeStreamTarget(databaseName, null, false);
    }

    public static ChangeStreamTarget cluster() {
        return new ChangeStreamTarget("admin", null, true);
    }

    /** The {@code aggregate} command's value. */
    BsonValue aggregateTarget() {
        return collectionName == null ? new BsonInt32(1) : new BsonString(collectionName);
    }
}
