package io.connectmongodb.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.testsupport.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
import org.bson.UuidRepresentation;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents written by this driver are read by the official MongoDB Java driver with identical
 * BSON bytes, and the reverse: every BSON type the server keeps, nested documents and arrays, and
 * 10,000-document cursors across many getMore batches.
 */
class OfficialDriverInteropIT {
    private static final String DB = "interop_it";

    private static io.connectmongodb.driver.MongoClient ours;
    private static MongoClient official;

    @BeforeAll
    static void connect() {
        String uri = TestServer.shared().uri();
        ours = MongoClients.create(uri);
        official = com.mongodb.client.MongoClients.create(uri);
    }

    @AfterAll
    static void close() {
        ours.getDatabase(DB).drop();
        ours.close();
        official.close();
    }

    /**
     * One document holding every BSON type the server keeps. Some are added only against a real
     * server, because the embedded server does not keep them: it turns undefined into null and
     * user-defined binary subtypes into subtype 0, rejects symbol and DBPointer, and drops the
     * connection on code-with-scope.
     */
    static BsonDocument everyType(int seq) {
        BsonDocument nested = new BsonDocument("level", new BsonInt32(2))
                .append("deeper", new BsonDocument("level", new BsonInt32(3))
                        .append("list", new BsonArray(List.of(new BsonInt32(1), new BsonString("two"),
                                new BsonDocument("three", new BsonDouble(3.0))))));
        BsonDocument doc = new BsonDocument("_id", new BsonObjectId(new ObjectId()))
                .append("seq", new BsonInt32(seq))
                .append("double", new BsonDouble(3.14159))
                .append("negZero", new BsonDouble(-0.0))
                .append("string", new BsonString("héllo wörld ✓ 𝄞"))
                .append("empty", new BsonString(""))
                .append("document", nested)
                .append("array", new BsonArray(List.of(new BsonInt32(1), new BsonArray(List.of(new BsonInt64(2L))),
                        new BsonDocument("x", BsonNull.VALUE))))
                .append("binary", new BsonBinary(new byte[] {0, 1, 2, (byte) 0xff}))
                .append("uuid", new BsonBinary(UUID.fromString("0e1c5c57-7b11-4d1e-a9a9-5d8d5b5b7c2a"), UuidRepresentation.STANDARD))
                .append("objectId", new BsonObjectId(new ObjectId("5f1b2c3d4e5f6a7b8c9d0e1f")))
                .append("true", BsonBoolean.TRUE)
                .append("false", BsonBoolean.FALSE)
                .append("date", new BsonDateTime(1_700_000_000_123L))
                .append("null", BsonNull.VALUE)
                .append("regex", new BsonRegularExpression("^a.*z$", "im"))
                .append("javascript", new BsonJavaScript("function() { return 1; }"))
                .append("int32", new BsonInt32(Integer.MIN_VALUE))
                .append("timestamp", new BsonTimestamp(1_700_000_000, 7))
                .append("int64", new BsonInt64(Long.MAX_VALUE))
                .append("decimal128", new BsonDecimal128(Decimal128.parse("1234567890.123456789012345678901234")))
                .append("minKey", new BsonMinKey())
                .append("maxKey", new BsonMaxKey());
        if (!TestServer.shared().isEmbedded()) {
            doc.append("userBinary", new BsonBinary(BsonBinarySubType.USER_DEFINED, new byte[] {9, 8, 7}))
                    .append("javascriptWithScope", new BsonJavaScriptWithScope("function() { return x; }",
                            new BsonDocument("x", new BsonInt32(1))))
                    .append("symbol", new BsonSymbol("sym"))
                    .append("dbPointer", new BsonDbPointer("db.coll", new ObjectId("5f1b2c3d4e5f6a7b8c9d0e1f")))
                    .append("undefined", new BsonUndefined());
        }
        return doc;
    }

    private static byte[] exact(BsonDocument doc) {
        RawBsonDocument raw = new RawBsonDocument(doc, new BsonDocumentCodec());
        return Arrays.copyOf(raw.getByteBuffer().array(), raw.getByteBuffer().remaining());
    }

    @Test
    void documentsWrittenByUsAreReadIdenticallyByTheOfficialDriver() {
        String coll = "ours_to_official";
        List<BsonDocument> docs = List.of(everyType(0), everyType(1), everyType(2));
        ours.getDatabase(DB).getCollection(coll, BsonDocument.class).insertMany(docs);

        List<RawBsonDocument> read = official.getDatabase(DB).getCollection(coll, RawBsonDocument.class)
                .find().sort(new BsonDocument("seq", new BsonInt32(1))).into(new ArrayList<>());
        assertEquals(docs.size(), read.size());
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(docs.get(i), read.get(i));
            assertArrayEquals(exact(docs.get(i)), exact(read.get(i)), "BSON bytes of document " + i);
        }
    }

    @Test
    void documentsWrittenByTheOfficialDriverAreReadIdenticallyByUs() {
        String coll = "official_to_ours";
        List<BsonDocument> docs = List.of(everyType(10), everyType(11), everyType(12));
        official.getDatabase(DB).getCollection(coll, BsonDocument.class).insertMany(docs);

        List<RawBsonDocument> read = ours.getDatabase(DB).getCollection(coll, RawBsonDocument.class)
                .find().sort(new BsonDocument("seq", new BsonInt32(1))).into(new ArrayList<>());
        assertEquals(docs.size(), read.size());
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(docs.get(i), read.get(i));
            assertArrayEquals(exact(docs.get(i)), exact(read.get(i)), "BSON bytes of document " + i);
        }
    }

    @Test
    void tenThousandDocumentCursorsAcrossManyBatchesBothWays() {
        List<BsonDocument> docs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            docs.add(new BsonDocument("_id", new BsonInt32(i)).append("payload", new BsonString("doc-" + i))
                    .append("nested", new BsonDocument("i", new BsonInt64(i)).append("arr", new BsonArray(List.of(new BsonInt32(i), new BsonInt32(-i))))));
        }
        ours.getDatabase(DB).getCollection("big_ours", BsonDocument.class).insertMany(docs);
        official.getDatabase(DB).getCollection("big_official", BsonDocument.class).insertMany(docs);

        List<BsonDocument> officialReadsOurs = official.getDatabase(DB).getCollection("big_ours", BsonDocument.class)
                .find().sort(new BsonDocument("_id", new BsonInt32(1))).batchSize(100).into(new ArrayList<>());
        List<BsonDocument> weReadOfficial = ours.getDatabase(DB).getCollection("big_official", BsonDocument.class)
                .find().sort(new BsonDocument("_id", new BsonInt32(1))).batchSize(100).into(new ArrayList<>());
        assertEquals(docs, officialReadsOurs);
        assertEquals(docs, weReadOfficial);
    }
}
