package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class DocumentBytesReaderTest {
    private static final Codec<Document> DEFAULT = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    @Test
    void readsEveryCommonTypeAsTheDefaultCodecDoes() {
        Document source = new Document("_id", new ObjectId())
                .append("i", 42).append("big", 1L << 40).append("d", 2.5).append("s", "héllo ✓")
                .append("empty", "").append("t", true).append("f", false).append("n", null)
                .append("when", new Date(1_700_000_000_000L))
                .append("sub", new Document("x", List.of(1, "two", new Document("y", 3.0))))
                .append("list", List.of(List.of(), List.of(1, 2), new Document()))
                .append("uuid", UUID.randomUUID())
                .append("bin", new Binary((byte) 0x80, new byte[] {1, 2, 3}));
        RawBsonDocument raw = new RawBsonDocument(source, DEFAULT);

        Document read = DocumentBytesReader.readOrNull(bytes(raw), 0, bytes(raw).length);

        assertNotNull(read);
        assertEquals(raw.decode(DEFAULT), read);
        assertSame(Document.class, read.getClass());
        assertSame(ArrayList.class, read.get("list").getClass());
        assertSame(Document.class, read.get("sub", Document.class).getClass());
        assertEquals(List.copyOf(raw.decode(DEFAULT).keySet()), List.copyOf(read.keySet()));
    }

    @Test
    void uuidSubtypesFollowTheStandardRepresentation() {
        UUID uuid = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");
        byte[] sixteen = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN)
                .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
        BsonDocument source = new BsonDocument("standard", new BsonBinary(BsonBinarySubType.UUID_STANDARD, sixteen))
                .append("legacy", new BsonBinary(BsonBinarySubType.UUID_LEGACY, sixteen))
                .append("short", new BsonBinary(BsonBinarySubType.UUID_STANDARD, new byte[] {1, 2}));
        RawBsonDocument raw = new RawBsonDocument(source, new BsonDocumentCodec());

        Document read = BsonDecoding.decode(raw, DEFAULT);

        assertEquals(uuid, read.get("standard"));
        assertEquals(new Binary((byte) 3, sixteen), read.get("legacy"));
        assertEquals(raw.decode(DEFAULT), read);
    }

    @Test
    void leavesOldBinaryAndBrokenInputToTheCodec() {
        BsonDocument old = new BsonDocument("b", new BsonBinary(BsonBinarySubType.OLD_BINARY, new byte[] {7, 8}));
        RawBsonDocument raw = new RawBsonDocument(old, new BsonDocumentCodec());
        assertNull(DocumentBytesReader.readOrNull(bytes(raw), 0, bytes(raw).length));
        assertEquals(raw.decode(DEFAULT), BsonDecoding.decode(raw, DEFAULT));

        byte[] wrongBoolean = bytes(new RawBsonDocument(new Document("t", true), DEFAULT));
        wrongBoolean[wrongBoolean.length - 2] = 5;
        assertNull(DocumentBytesReader.readOrNull(wrongBoolean, 0, wrongBoolean.length));

        byte[] truncated = bytes(new RawBsonDocument(new Document("s", "abc"), DEFAULT));
        assertNull(DocumentBytesReader.readOrNull(truncated, 0, truncated.length - 1));
    }

    @Test
    void deepNestingIsLeftToTheCodec() {
        Document deep = new Document("leaf", 1);
        for (int i = 0; i < DocumentBytesReader.MAX_DEPTH + 2; i++) {
            deep = new Document("d", deep);
        }
        RawBsonDocument raw = new RawBsonDocument(deep, DEFAULT);
        assertNull(DocumentBytesReader.readOrNull(bytes(raw), 0, bytes(raw).length));
        assertEquals(deep, BsonDecoding.decode(raw, DEFAULT));
    }

    @Test
    void readsADocumentInsideALargerArrayWithoutCopying() {
        RawBsonDocument outer = new RawBsonDocument(new BsonDocument("pad", new BsonString("xyz"))
                .append("inner", new BsonDocument("n", new BsonInt32(9))), new BsonDocumentCodec());
        byte[] bytes = bytes(outer);
        int innerValue = indexOf(bytes, "inner") + "inner".length() + 1;

        assertEquals(new Document("n", 9), BsonDecoding.decode(bytes, innerValue, DEFAULT));
    }

    @Test
    void otherDecodersStillDecodeThroughTheirCodec() {
        RawBsonDocument raw = new RawBsonDocument(new Document("a", new BsonArray(List.of(new BsonInt32(1)))), DEFAULT);
        assertEquals(new BsonDocument("a", new BsonArray(List.of(new BsonInt32(1)))),
                BsonDecoding.decode(bytes(raw), 0, new BsonDocumentCodec()));
        Document viaPlainCodec = BsonDecoding.decode(raw, new DocumentCodec());
        assertEquals(Map.of("a", List.of(1)), Map.copyOf(viaPlainCodec));
        assertTrue(viaPlainCodec.get("a") instanceof List);
    }

    @Test
    void aRepeatedNameKeepsItsFirstPositionAndLastValueAsWithTheCodec() {
        org.bson.io.BasicOutputBuffer buffer = new org.bson.io.BasicOutputBuffer();
        try (org.bson.BsonBinaryWriter writer = new org.bson.BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            writer.writeInt32("a", 1);
            writer.writeString("b", "x");
            writer.writeInt32("a", 2);
            writer.writeEndDocument();
        }
        byte[] bytes = buffer.toByteArray();

        Document read = DocumentBytesReader.readOrNull(bytes, 0, bytes.length);

        Document expected = new RawBsonDocument(bytes).decode(DEFAULT);
        assertEquals(expected, read);
        assertEquals(List.of("a", "b"), List.copyOf(read.keySet()));
        assertEquals(2, read.get("a"));
    }

    static byte[] bytes(RawBsonDocument raw) {
        ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] copy = new byte[buffer.remaining()];
        buffer.get(copy);
        return copy;
    }

    private static int indexOf(byte[] bytes, String ascii) {
        outer:
        for (int i = 0; i < bytes.length - ascii.length(); i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (bytes[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(ascii + " not found");
    }
}
