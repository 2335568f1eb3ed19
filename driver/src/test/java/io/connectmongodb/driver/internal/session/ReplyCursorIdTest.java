package io.connectmongodb.driver.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.connectmongodb.driver.internal.bson.RawFields;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

/** The cursor id read from a reply's bytes, as the tree lookup {@code cursor.id} gives it. */
class ReplyCursorIdTest {
    private static final byte[][] CURSOR = RawFields.names("cursor");

    private static Long idOf(BsonDocument cursor) {
        BsonDocument reply = new BsonDocument("ok", new BsonInt32(1)).append("cursor", cursor);
        RawFields fields = RawFields.of(new RawBsonDocument(reply, new BsonDocumentCodec()), CURSOR);
        return ReplyCursorId.read(fields.bytes(), fields.offset(0));
    }

    @Test
    void int64AndInt32IdsAreRead() {
        assertEquals(1234567890123L, idOf(new BsonDocument("firstBatch", new BsonArray())
                .append("id", new BsonInt64(1234567890123L))));
        assertEquals(-5L, idOf(new BsonDocument("id", new BsonInt32(-5))));
        assertEquals(0L, idOf(new BsonDocument("id", new BsonInt64(0)).append("ns", new BsonString("db.c"))));
    }

    @Test
    void otherNumbersAreConvertedAndNonNumbersGiveNull() {
        assertEquals(42L, idOf(new BsonDocument("id", new BsonDouble(42.0))));
        assertNull(idOf(new BsonDocument("id", new BsonString("42"))));
    }

    @Test
    void onlyATopLevelFieldNamedExactlyIdCounts() {
        BsonDocument cursor = new BsonDocument("i", new BsonInt64(1)).append("idx", new BsonInt64(2))
                .append("", new BsonInt64(3)).append("nested", new BsonDocument("id", new BsonInt64(4)))
                .append("id", new BsonInt64(5));
        assertEquals(5L, idOf(cursor));
        assertNull(idOf(new BsonDocument("nested", new BsonDocument("id", new BsonInt64(4)))));
        assertNull(idOf(new BsonDocument()));
    }
}
