package io.connectmongodb.driver.internal.cursor;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** The {@code getMore} and {@code killCursors} commands every cursor sends (callers add {@code $db} and options after). */
public final class CursorCommands {
    private CursorCommands() {
    }

    /** {@code getMore} for {@code cursorId}, with {@code batchSize} when it is above 0 (else the server's default). */
    public static BsonDocument getMore(long cursorId, String collectionName, int batchSize) {
        BsonDocument command = new BsonDocument("getMore", new BsonInt64(cursorId))
                .append("collection", new BsonString(collectionName));
        if (batchSize > 0) {
            command.append("batchSize", new BsonInt32(batchSize));
        }
        return command;
    }

    /** {@code killCursors} for the one cursor {@code cursorId}. */
    public static BsonDocument killCursors(String collectionName, long cursorId) {
        return new BsonDocument("killCursors", new BsonString(collectionName))
                .append("cursors", new BsonArray(List.of(new BsonInt64(cursorId))));
    }
}
