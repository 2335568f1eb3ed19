package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Commands that create, drop and rename collections. Dropping a collection that does not exist
 * succeeds quietly, as the CRUD spec requires. {@code renameCollection} runs on {@code admin} with
 * full namespaces.
 */
public final class CollectionCommands {
    private CollectionCommands() {
    }

    /** {@code options} holds the already-encoded creation options (capped, validator, ...), possibly empty. */
    public static CommandOperation<Void> create(MongoNamespace namespace, BsonDocument options) {
        BsonDocument command = new BsonDocument("create", new BsonString(namespace.getCollectionName()));
        command.putAll(options);
        Commands.withDatabase(command, namespace.getDatabaseName());
        return new CommandOperation<>(command, (reply, description) -> null);
    }

    public static CommandOperation<Void> drop(MongoNamespace namespace) {
        BsonDocument command = new BsonDocument("drop", new BsonString(namespace.getCollectionName()));
        Commands.withDatabase(command, namespace.getDatabaseName());
        return new CommandOperation<Void>(command, (reply, description) -> null).whenNamespaceNotFound(() -> null);
    }

    public static CommandOperation<Void> rename(MongoNamespace from, MongoNamespace to, boolean dropTarget) {
        BsonDocument command = new BsonDocument("renameCollection", new BsonString(from.getFullName()))
                .append("to", new BsonString(to.getFullName()));
        if (dropTarget) {
            command.append("dropTarget", BsonBoolean.TRUE);
        }
        Commands.withDatabase(command, "admin");
        return new CommandOperation<>(command, (reply, description) -> null);
    }

    public static CommandOperation<Void> dropDatabase(String databaseName) {
        BsonDocument command = new BsonDocument("dropDatabase", new BsonInt32(1));
        Commands.withDatabase(command, databaseName);
        return new CommandOperation<>(command, (reply, description) -> null);
    }
}
