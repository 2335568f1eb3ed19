package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import java.util.function.Supplier;
import org.bson.BsonDocument;

/**
 * Runs one prepared command on one connection and parses the reply. Commands that act on a
 * collection which may not exist (such as {@code drop}) can declare the result to use when the
 * server answers NamespaceNotFound, as the CRUD and index specs require.
 */
public final class CommandOperation<R> implements Operation<R> {
    private final BsonDocument command;
    private final ReplyParser<R> parser;
    private final Supplier<R> whenNamespaceNotFound;

    public CommandOperation(BsonDocument command, ReplyParser<R> parser) {
        this(command, parser, null);
    }

    private CommandOperation(BsonDocument command, ReplyParser<R> parser, Supplier<R> whenNamespaceNotFound) {
        this.command = command;
        this.parser = parser;
        this.whenNamespaceNotFound = whenNamespaceNotFound;
    }

    /** The same operation, answering {@code fallback} instead of failing when the namespace does not exist. */
    public CommandOperation<R> whenNamespaceNotFound(Supplier<R> fallback) {
        return new CommandOperation<>(command, parser, fallback);
    }

    /** The command document, {@code $db} included. */
    public BsonDocument command() {
        return command;
    }

    @Override
    public R execute(ConnectionSource source) {
        try (Connection connection = source.acquire()) {
            BsonDocument reply = connection.command(command);
            return parser.parse(reply, connection.description());
        } catch (MongoCommandException e) {
            if (whenNamespaceNotFound != null && Commands.isNamespaceNotFound(e)) {
                return whenNamespaceNotFound.get();
            }
            throw e;
        }
    }
}
