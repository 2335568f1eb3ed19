package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.cursor.CommandCursor;
import io.connectmongodb.driver.internal.cursor.CursorSettings;
import io.connectmongodb.driver.internal.operation.Operation;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;
import org.bson.codecs.BsonDocumentCodec;

/**
 * Runs a change stream's {@code aggregate} and keeps what resuming needs besides the cursor: the
 * reply's {@code operationTime} and the server's wire version (which decides how resumable
 * errors are recognised). Later batches come through {@code getMore}s carrying
 * {@code maxAwaitTimeMS} as {@code maxTimeMS}.
 */
final class ChangeStreamOpening implements Operation<ChangeStreamOpening.Opened> {
    private static final BsonDocumentCodec EVENTS = new BsonDocumentCodec();

    private final BsonDocument command;
    private final int batchSize;
    private final long maxAwaitTimeMS;

    /** The opened stream: its cursor of raw events, the reply's operationTime (or null) and the wire version. */
    record Opened(CommandCursor<BsonDocument> cursor, BsonTimestamp operationTime, int maxWireVersion) {
    }

    ChangeStreamOpening(BsonDocument command, int batchSize, long maxAwaitTimeMS) {
        this.command = command;
        this.batchSize = batchSize;
        this.maxAwaitTimeMS = maxAwaitTimeMS;
    }

    @Override
    public Opened execute(ConnectionSource source) {
        BsonDocument reply;
        int maxWireVersion;
        try (Connection connection = source.acquire()) {
            maxWireVersion = connection.description().maxWireVersion();
            reply = connection.command(command);
        }
        BsonValue operationTime = reply.get("operationTime");
        CommandCursor<BsonDocument> cursor = new CommandCursor<>(source, reply.getDocument("cursor"), EVENTS,
                new CursorSettings(batchSize, 0, maxAwaitTimeMS, null));
        return new Opened(cursor, operationTime != null && operationTime.isTimestamp() ? operationTime.asTimestamp() : null,
                maxWireVersion);
    }
}
