package io.connectmongodb.driver.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBinaryWriter;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDbPointer;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
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
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * An {@link AmendedCommand} encodes to the bytes of the document it stands for (the base's fields
 * without {@code $db}, added fields in place or appended, removals, then {@code $db}), reads as
 * that document once materialized, and answers the connection's questions without materializing.
 */
class AmendedCommandTest {
    private static final org.bson.codecs.Encoder<Document> DEFAULT_CODEC =
            io.connectmongodb.driver.MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    @Test
    void encodesAddedFieldsInPlaceAppendedOrRemovedWithDatabaseLast() {
        BsonDocument base = new BsonDocument("find", new BsonString("c")).append("$db", new BsonString("d"))
                .append("lsid", new BsonString("old")).append("readConcern", new BsonDocument("level", new BsonString("x")))
                .append("filter", new BsonDocument());
        AmendedCommand command = new AmendedCommand(base)
                .put("lsid", new BsonDocument("id", new BsonInt32(1)), true)
                .put("txnNumber", new BsonInt64(5), true)
                .append("readConcern", new BsonDocument("level", new BsonString("snapshot")))
                .put("autocommit", BsonBoolean.FALSE, true);
        BsonDocument expected = new BsonDocument("find", new BsonString("c"))
                .append("lsid", new BsonDocument("id", new BsonInt32(1))).append("filter", new BsonDocument())
                .append("txnNumber", new BsonInt64(5)).append("readConcern", new BsonDocument("level", new BsonString("snapshot")))
                .append("autocommit", BsonBoolean.FALSE).append("$db", new BsonString("d"));
        assertArrayEquals(message(expected), message(command));
        assertFalse(command.isMaterialized(), "encoding must not build the document");
        assertEquals(expected, command);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(command.keySet()));
        assertArrayEquals(message(expected), message(command), "a materialized command encodes the same");
    }

    @Test
    void removalAndNoDatabase() {
        BsonDocument base = new BsonDocument("ping", new BsonInt32(1)).append("readConcern", new BsonDocument());
        AmendedCommand command = new AmendedCommand(base).removeField("readConcern").removeField("absent");
        assertArrayEquals(message(new BsonDocument("ping", new BsonInt32(1))), message(command));
        assertFalse(command.containsKey("readConcern"));
        assertFalse(command.containsKey("absent"));
        assertTrue(command.containsKey("ping"));
        assertEquals(new BsonDocument("ping", new BsonInt32(1)), command);
    }

    @Test
    void answersTheConnectionsQuestionsWithoutMaterializing() {
        AmendedCommand command = new AmendedCommand(new BsonDocument("insert", new BsonString("c"))
                .append("$db", new BsonString("d"))).put("lsid", new BsonDocument(), true);
        assertEquals("insert", command.getFirstKey());
        assertTrue(command.containsKey("$db"));
        assertTrue(command.containsKey("lsid"));
        assertFalse(command.containsKey("txnNumber"));
        assertFalse(command.isEmpty());
        assertFalse(command.isMaterialized());
        assertEquals(3, command.size());
        assertTrue(command.isMaterialized());
        assertThrows(IllegalStateException.class, () -> command.put("x", BsonBoolean.TRUE, true));
    }

    @Test
    void aFirstKeyReplacedOrMovedIsAnsweredFromTheWholeDocument() {
        BsonDocument base = new BsonDocument("$db", new BsonString("d")).append("hello", new BsonInt32(1));
        assertEquals("hello", new AmendedCommand(base).getFirstKey());
        AmendedCommand moved = new AmendedCommand(new BsonDocument("a", new BsonInt32(1)).append("b", new BsonInt32(2)))
                .append("a", new BsonInt32(3));
        assertEquals("b", moved.getFirstKey());
        assertEquals(List.of("b", "a"), List.copyOf(moved.keySet()));
    }

    @Test
    void aFieldIsAddedOnlyOnce() {
        AmendedCommand command = new AmendedCommand(new BsonDocument("ping", new BsonInt32(1))).put("lsid", BsonNull.VALUE, true);
        assertThrows(IllegalStateException.class, () -> command.append("lsid", BsonNull.VALUE));
    }

    @Test
    void everyBsonTypeEncodesAsTheDocumentCodecDoes() {
        BsonDocument all = new BsonDocument("double", new BsonDouble(1.5)).append("string", new BsonString("s é"))
                .append("doc", new BsonDocument("_id", new BsonInt32(1)).append("a", new BsonInt32(2)))
                .append("array", new BsonArray(List.of(new BsonInt32(1), new BsonArray(), new BsonDocument())))
                .append("binary", new BsonBinary(new byte[] {1, 2}))
                .append("oldBinary", new BsonBinary(BsonBinarySubType.OLD_BINARY, new byte[] {3}))
                .append("undefined", new BsonUndefined()).append("oid", new BsonObjectId(new ObjectId()))
                .append("bool", BsonBoolean.TRUE).append("date", new BsonDateTime(99)).append("null", BsonNull.VALUE)
                .append("regex", new BsonRegularExpression("a.*", "xi"))
                .append("dbPointer", new BsonDbPointer("db.c", new ObjectId()))
                .append("js", new BsonJavaScript("f()")).append("symbol", new BsonSymbol("sym"))
                .append("jsScope", new BsonJavaScriptWithScope("g()", new BsonDocument("x", new BsonInt32(1))))
                .append("int32", new BsonInt32(-3)).append("timestamp", new BsonTimestamp(5, 6))
                .append("int64", new BsonInt64(1L << 50)).append("decimal", new BsonDecimal128(Decimal128.parse("3.14")))
                .append("min", new BsonMinKey()).append("max", new BsonMaxKey())
                .append("raw", RawBsonDocument.parse("{\"r\": [1, {\"s\": \"t\"}]}"))
                .append("wrapper", new BsonDocumentWrapper<>(new Document("w", 1), new DocumentCodec()))
                .append("defaultWrapper", new BsonDocumentWrapper<>(new Document("_x", 1).append("_id", "y")
                        .append("n", new Document("z", List.of(1L, "s"))), DEFAULT_CODEC))
                .append("notWritable", new BsonDocumentWrapper<>(new Document("f", 1.5f), DEFAULT_CODEC));
        BsonDocumentWrapper<Document> unwrapped = new BsonDocumentWrapper<>(new Document("u", 1), DEFAULT_CODEC);
        unwrapped.put("added", new BsonInt32(2));
        all.append("unwrapped", unwrapped);
        BasicOutputBuffer ours = new BasicOutputBuffer();
        CommandDocumentWriter.writeDocument(ours, all);
        BasicOutputBuffer codec = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(codec)) {
            new BsonDocumentCodec().encode(writer, all, EncoderContext.builder().build());
        }
        assertArrayEquals(codec.toByteArray(), ours.toByteArray());
        AmendedCommand amended = new AmendedCommand(all).put("added", all.clone(), true);
        assertArrayEquals(message(all.clone().append("added", all.clone())), message(amended));
    }

    @Test
    void failsAsTheBinaryWriterDoesAndWritesOtherDocumentClassesWithTheirCodec() {
        BsonDocument nulName = new BsonDocument("ping", new BsonInt32(1)).append("a", new BsonDocument("b\0c", new BsonInt32(1)));
        BasicOutputBuffer codec = new BasicOutputBuffer();
        org.bson.BsonSerializationException expected = assertThrows(org.bson.BsonSerializationException.class, () -> {
            try (BsonBinaryWriter writer = new BsonBinaryWriter(codec)) {
                new BsonDocumentCodec().encode(writer, nulName, EncoderContext.builder().build());
            }
        });
        org.bson.BsonSerializationException ours = assertThrows(org.bson.BsonSerializationException.class,
                () -> message(new AmendedCommand(nulName)));
        assertEquals(expected.getMessage(), ours.getMessage());

        BsonDocument deep = new BsonDocument();
        BsonDocument current = deep;
        for (int i = 0; i < 1100; i++) {
            BsonDocument child = new BsonDocument();
            current.append("d", child);
            current = child;
        }
        assertThrows(org.bson.BsonSerializationException.class, () -> message(deep));

        BsonDocument wrapped = new BsonDocumentWrapper<>(new Document("ping", 1).append("$db", "admin"), DEFAULT_CODEC);
        assertArrayEquals(message(new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin"))),
                message(wrapped));
    }

    @Test
    void nestingFailsAtTheSameDepthAsOneBinaryWriter() {
        for (int levels : new int[] {1022, 1023, 1024, 1025}) {
            BsonDocument command = new BsonDocument("ping", new BsonInt32(1));
            BsonDocument current = command;
            for (int i = 0; i < levels; i++) {
                BsonDocument child = new BsonDocument("i", new BsonInt32(i));
                current.append(i % 2 == 0 ? "d" : "e", i % 3 == 0 ? new BsonArray(List.of(child)) : child);
                current = child;
            }
            BasicOutputBuffer codec = new BasicOutputBuffer();
            boolean codecRefuses;
            try (BsonBinaryWriter writer = new BsonBinaryWriter(codec)) {
                new BsonDocumentCodec().encode(writer, command, EncoderContext.builder().build());
                codecRefuses = false;
            } catch (org.bson.BsonSerializationException e) {
                codecRefuses = true;
            }
            if (codecRefuses) {
                assertThrows(org.bson.BsonSerializationException.class, () -> message(command), levels + " levels");
            } else {
                byte[] ours = message(command);
                byte[] body = Arrays.copyOfRange(ours, 16 + 4 + 1, ours.length);
                assertArrayEquals(Arrays.copyOf(codec.getInternalBuffer(), codec.getPosition()), body, levels + " levels");
            }
        }
    }

    private static byte[] message(BsonDocument body) {
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(1, 0, 0, MessageLimits.DEFAULTS);
        encoder.body(body);
        int length = encoder.finish();
        return Arrays.copyOf(encoder.bytes(), length);
    }
}
