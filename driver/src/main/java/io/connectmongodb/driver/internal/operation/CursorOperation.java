package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.internal.bson.RawFields;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.cursor.CommandCursor;
import io.connectmongodb.driver.internal.cursor.CursorSettings;
import io.connectmongodb.driver.model.MongoNamespace;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.codecs.Decoder;

/**
 * Runs a command that answers with a cursor ({@code find}, {@code aggregate}, {@code listIndexes},
 * {@code listCollections}) and wraps the reply's {@code cursor} document in a {@link CommandCursor}
 * that fetches the remaining batches from the same source. Optionally, a missing namespace yields
 * an empty cursor instead of an error (listIndexes on a collection that does not exist).
 */
public final class CursorOperation<T> implements Operation<CommandCursor<T>> {
    private static final byte[][] CURSOR_FIELD = RawFields.names("cursor");
    private final BsonDocument command;
    private final Decoder<T> decoder;
    private final CursorSettings settings;
    private final MongoNamespace emptyWhenMissing;

    /**
     * @param emptyWhenMissing when not {@code null}, a NamespaceNotFound answer yields an empty cursor on
     *                         this namespace instead of an error
     */
    public CursorOperation(BsonDocument command, Decoder<T> decoder, CursorSettings settings, MongoNamespace emptyWhenMissing) {
        this.command = command;
        this.decoder = decoder;
        this.settings = settings;
        this.emptyWhenMissing = emptyWhenMissing;
    }

    public BsonDocument command() {
        return command;
    }

    @Override
    public CommandCursor<T> execute(ConnectionSource source) {
        BsonDocument reply;
        try (Connection connection = source.acquire()) {
            reply = connection.command(command);
        } catch (MongoCommandException e) {
            if (emptyWhenMissing != null && Commands.isNamespaceNotFound(e)) {
                BsonDocument empty = new BsonDocument("id", new BsonInt64(0))
                        .append("ns", new BsonString(emptyWhenMissing.getFullName()))
                        .append("firstBatch", new BsonArray());
                return new CommandCursor<>(source, empty, decoder, settings);
            }
            throw e;
        }
        return new CommandCursor<>(source, cursorDocument(reply), decoder, settings);
    }

    /**
     * The reply's {@code cursor} document. A received reply is raw: its {@code cursor} field is found
     * by comparing name bytes ({@link RawFields}) and handed on as a view, rather than walked with a
     * reader that creates a string per field name it passes.
     */
    static BsonDocument cursorDocument(BsonDocument reply) {
        if (reply instanceof RawBsonDocument raw) {
            RawFields fields = RawFields.of(raw, CURSOR_FIELD);
            if (fields.type(0) == BsonType.DOCUMENT.getValue()) {
                return fields.document(0);
            }
        }
        return reply.getDocument("cursor");
    }
}
