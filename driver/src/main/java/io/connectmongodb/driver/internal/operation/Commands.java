package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.MongoCommandException;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/** Small helpers shared by the command builders. */
final class Commands {
    /** The server's NamespaceNotFound error code. */
    static final int NAMESPACE_NOT_FOUND = 26;

    private Commands() {
    }

    /** Appends the field only when the value is present, so the server applies its default otherwise. */
    static BsonDocument putIfNotNull(BsonDocument command, String name, BsonValue value) {
        if (value != null) {
            command.append(name, value);
        }
        return command;
    }

    /** Appends {@code $db}, which every OP_MSG command must carry. */
    static BsonDocument withDatabase(BsonDocument command, String databaseName) {
        return command.append("$db", new BsonString(databaseName));
    }

    /** Whether the server said the database or collection does not exist. */
    static boolean isNamespaceNotFound(MongoCommandException e) {
        return e.code() == NAMESPACE_NOT_FOUND || e.errorMessage().contains("ns not found")
                || e.errorMessage().contains("ns does not exist");
    }
}
