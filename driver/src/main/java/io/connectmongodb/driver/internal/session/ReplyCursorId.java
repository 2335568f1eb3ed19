package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.internal.bson.BsonBytes;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * Reads the {@code id} of a reply's {@code cursor} document straight from the reply's bytes: a
 * walk over the cursor document's top-level elements comparing each name with {@code "id"} byte
 * by byte, stopping at the first match. No view of the cursor document (a {@code RawBsonDocument}
 * with its unused map) and no string per passed name is created. The bytes must be well framed
 * (replies are checked on receipt). An int64 or int32 id is read directly; an id of any other
 * type (rare: a double or decimal) is read through a view, as {@code BsonValue} would give it.
 */
final class ReplyCursorId {
    private static final byte I = 'i';
    private static final byte D = 'd';

    private ReplyCursorId() {
    }

    /**
     * @param bytes the reply's bytes
     * @param start where the cursor document starts in {@code bytes}
     * @return the cursor id, or null when there is none or it is not a number
     */
    static Long read(byte[] bytes, int start) {
        int end = start + BsonBytes.readInt(bytes, start) - 1;
        int pos = start + 4;
        while (pos < end) {
            byte type = bytes[pos++];
            boolean isId = bytes[pos] == I && bytes[pos + 1] == D && bytes[pos + 2] == 0;
            pos = BsonBytes.skipCString(bytes, pos);
            if (isId) {
                return value(bytes, start, type, pos);
            }
            pos = BsonBytes.skipValue(bytes, type, pos);
        }
        return null;
    }

    private static Long value(byte[] bytes, int start, byte type, int at) {
        if (type == BsonType.INT64.getValue()) {
            return BsonBytes.readLong(bytes, at);
        }
        if (type == BsonType.INT32.getValue()) {
            return (long) BsonBytes.readInt(bytes, at);
        }
        BsonValue id = new RawBsonDocument(bytes, start, BsonBytes.readInt(bytes, start)).get("id");
        return id.isNumber() ? id.asNumber().longValue() : null;
    }
}
