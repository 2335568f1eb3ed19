package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDbPointer;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonJavaScript;
import org.bson.BsonJavaScriptWithScope;
import org.bson.BsonMaxKey;
import org.bson.BsonMinKey;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonSymbol;
import org.bson.BsonTimestamp;
import org.bson.BsonUndefined;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class BsonSizesTest {
    @Test
    void everyTypeIsSizedAsTheWriterEncodesIt() {
        BsonArray manyElements = new BsonArray();
        for (int i = 0; i < 120; i++) {
            manyElements.add(new BsonInt32(i));
        }
        BsonDocument document = new BsonDocument("double", new BsonDouble(1.5))
                .append("string", new BsonString("héllo wörld €  \uD83D\uDE00 lone \uD800 end"))
                .append("ñame€", new BsonInt32(1))
                .append("document", BsonDocument.parse("{a: {b: [1, 'x', {c: null}]}}"))
                .append("array", manyElements)
                .append("binary", new BsonBinary(new byte[] {1, 2, 3}))
                .append("oldBinary", new BsonBinary(BsonBinarySubType.OLD_BINARY, new byte[] {4, 5}))
                .append("undefined", new BsonUndefined())
                .append("objectId", new BsonObjectId(new ObjectId()))
                .append("boolean", BsonBoolean.TRUE)
                .append("date", new BsonDateTime(42))
                .append("null", BsonNull.VALUE)
                .append("regex", new BsonRegularExpression("^a.*€", "im"))
                .append("dbPointer", new BsonDbPointer("db.coll", new ObjectId()))
                .append("javascript", new BsonJavaScript("function() {}"))
                .append("symbol", new BsonSymbol("sym"))
                .append("scope", new BsonJavaScriptWithScope("x", BsonDocument.parse("{x: 1}")))
                .append("int32", new BsonInt32(7))
                .append("timestamp", new BsonTimestamp(1, 2))
                .append("int64", new BsonInt64(8))
                .append("decimal", new BsonDecimal128(Decimal128.parse("1.25")))
                .append("min", new BsonMinKey())
                .append("max", new BsonMaxKey())
                .append("raw", RawBsonDocument.parse("{r: 1}"))
                .append("empty", new BsonDocument())
                .append("emptyArray", new BsonArray(List.of()));
        assertEquals(encodedSize(document), BsonSizes.documentSize(document));
    }

    @Test
    void rawDocumentsReportTheirLength() {
        RawBsonDocument raw = RawBsonDocument.parse("{a: 1, b: 'two'}");
        assertEquals(raw.getByteBuffer().remaining(), BsonSizes.documentSize(raw));
        assertEquals(5, BsonSizes.documentSize(new BsonDocument()));
    }

    private static int encodedSize(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().remaining();
    }
}
