package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

class RawFieldsTest {
    private static final byte[][] NAMES = RawFields.names("cursor", "operationTime", "n", "missing");

    @Test
    void findsEachWantedFieldAfterSkippingEveryOtherKind() {
        BsonDocument cursor = new BsonDocument("id", new BsonInt64(42)).append("ns", new BsonString("db.c"));
        BsonDocument source = new BsonDocument("d", new BsonDouble(1.5))
                .append("s", new BsonString("text"))
                .append("a", new BsonArray(List.of(new BsonInt32(1), new BsonString("x"))))
                .append("b", new BsonBinary(new byte[] {1, 2, 3}))
                .append("o", new BsonObjectId())
                .append("t", BsonBoolean.TRUE)
                .append("z", BsonNull.VALUE)
                .append("r", new BsonRegularExpression("a.*", "i"))
                .append("operationTime", new BsonTimestamp(7, 3))
                .append("cursor", cursor)
                .append("n", new BsonInt32(-5))
                .append("cursor2", new BsonInt32(0));
        RawFields fields = RawFields.of(new RawBsonDocument(source, new BsonDocumentCodec()), NAMES);

        assertEquals(BsonType.DOCUMENT.getValue(), fields.type(0));
        assertEquals(cursor, fields.document(0));
        assertEquals(BsonType.TIMESTAMP.getValue(), fields.type(1));
        assertEquals(new BsonTimestamp(7, 3).getValue(), fields.int64(1));
        assertEquals(BsonType.INT32.getValue(), fields.type(2));
        assertEquals(-5, fields.int32(2));
        assertEquals(0, fields.type(3));
    }

    @Test
    void worksOnAnEmbeddedViewAndAnEmptyDocument() {
        RawBsonDocument outer = new RawBsonDocument(new BsonDocument("x", new BsonInt32(1))
                .append("inner", new BsonDocument("n", new BsonInt32(9))), new BsonDocumentCodec());
        RawFields outerFields = RawFields.of(outer, RawFields.names("inner"));
        RawFields inner = RawFields.of(outerFields.document(0), NAMES);
        assertEquals(9, inner.int32(2));
        assertEquals(0, RawFields.of(new RawBsonDocument(new BsonDocument(), new BsonDocumentCodec()), NAMES).type(2));
    }
}
