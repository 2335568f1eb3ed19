package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;

/** Native passthrough: a MongoDB command written as JSON, run as is with {@code runCommand}. */
public record CommandPlan(BsonDocument command) implements Plan {

    @Override
    public BsonDocument toCommand() {
        return command;
    }
}
