package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import org.bson.BsonDocument;

/** Turns a successful ({@code ok: 1}) command reply into an operation's result. */
@FunctionalInterface
public interface ReplyParser<R> {
    R parse(BsonDocument reply, ConnectionDescription description);
}
