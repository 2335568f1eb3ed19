package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.internal.validation.StoredDocumentValidator;
import io.connectmongodb.driver.internal.validation.UpdateValidator;
import java.nio.ByteBuffer;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.Encoder;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.RawBsonDocumentCodec;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class StoredDocumentEncoderTest {
    private static final DocumentCodec DOCUMENT_CODEC = new DocumentCodec();
    private static final BsonDocumentCodec BSON_CODEC = new BsonDocumentCodec();

    @Test
    void documentWithIdIsEncodedAsTheCodecWritesIt() {
        ObjectId id = new ObjectId();
        Document document = new Document("_id", id).append("a", 1).append("b", new Document("c", List.of(1, "x")));
        StoredDocumentEncoder.Insert insert = StoredDocumentEncoder.encodeInsert("document", document, DOCUMENT_CODEC);
        assertEquals(new BsonObjectId(id), insert.id());
        assertArrayEquals(plainEncoding(document), bytes(insert.document()));
        assertEquals(bytes(insert.document()).length, insert.size());
    }

    @Test
    void missingIdIsGeneratedFirst() {
        BsonDocument document = BsonDocument.parse("{a: 1, b: {c: [1, 2]}}");
        StoredDocumentEncoder.Insert insert = StoredDocumentEncoder.encodeInsert("document", document, BSON_CODEC);
        assertTrue(insert.id().isObjectId());
        assertEquals("_id", insert.document().getFirstKey());
        BsonDocument expected = new BsonDocument("_id", insert.id());
        expected.putAll(document);
        assertEquals(expected, insert.document());
        assertEquals(expected.toJson(), insert.document().toJson());
        assertEquals(bytes(insert.document()).length, insert.size());
    }

    @Test
    void idNotFirstOrNotAnObjectIdIsFound() {
        BsonDocument compound = BsonDocument.parse("{a: 1, _id: {x: 'y'}}");
        StoredDocumentEncoder.Insert insert = StoredDocumentEncoder.encodeInsert("document", compound, BSON_CODEC);
        assertEquals(BsonDocument.parse("{x: 'y'}"), insert.id());
        assertEquals(compound, insert.document());
        assertEquals(bytes(insert.document()).length, insert.size());
        StoredDocumentEncoder.Insert first = StoredDocumentEncoder.encodeInsert("document",
                new BsonDocument("_id", new BsonString("k")).append("v", new BsonInt32(2)), BSON_CODEC);
        assertEquals(new BsonString("k"), first.id());
    }

    @Test
    void encodedDocumentsDoNotShareTheScratchBuffer() {
        RawBsonDocument one = StoredDocumentEncoder.encodeInsert("d", BsonDocument.parse("{_id: 1, a: 'one'}"), BSON_CODEC).document();
        RawBsonDocument two = StoredDocumentEncoder.encodeInsert("d", BsonDocument.parse("{_id: 2, a: 'two'}"), BSON_CODEC).document();
        assertEquals(BsonDocument.parse("{_id: 1, a: 'one'}"), one);
        assertEquals(BsonDocument.parse("{_id: 2, a: 'two'}"), two);
    }

    @Test
    void nestedDollarNamesAreAllowed() {
        BsonDocument document = BsonDocument.parse("{_id: 1, a: {$gt: 1}, b: [{'$x': 1}]}");
        assertEquals(document, StoredDocumentEncoder.encodeInsert("d", document, BSON_CODEC).document());
    }

    @Test
    void badNamesFailWithTheValidatorsMessages() {
        assertSameFailure(BsonDocument.parse("{_id: 1, $a: 1}"));
        assertSameFailure(BsonDocument.parse("{$a: 1}"));
        assertSameFailure(new BsonDocument("a", new BsonDocument("b\0", new BsonInt32(1))));
        assertSameFailure(new BsonDocument("a\0b", new BsonInt32(1)));
        assertSameFailure(BsonDocument.parse("{a: [1, {y: 1}]}").append("z",
                new org.bson.BsonArray(List.of(new BsonInt32(0), new BsonDocument("q\0", new BsonInt32(1))))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredDocumentEncoder.encodeInsert(
                "document at index 3", new Document("a", List.of(new Document("y\0", 1))), DOCUMENT_CODEC));
        assertTrue(e.getMessage().contains("document at index 3") && e.getMessage().contains("'a.0.y\\0'"), e.getMessage());
    }

    @Test
    void rawDocumentsAreValidatedToo() {
        RawBsonDocument raw = RawBsonDocument.parse("{$a: 1}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeInsert("d", raw, new RawBsonDocumentCodec()));
        assertTrue(e.getMessage().contains("'$a'"), e.getMessage());
        Document nested = new Document("_id", 1).append("a", RawBsonDocument.parse("{$b: 1}"));
        assertEquals(BsonDocument.parse("{_id: 1, a: {$b: 1}}"),
                StoredDocumentEncoder.encodeInsert("d", nested, DOCUMENT_CODEC).document());
        RawBsonDocument good = RawBsonDocument.parse("{_id: 3, a: {$in: [1]}}");
        assertEquals(good, StoredDocumentEncoder.encodeInsert("d", good, new RawBsonDocumentCodec()).document());
    }

    @Test
    void replacementsRefuseOperatorsWithTheirOwnMessage() {
        BsonDocument update = BsonDocument.parse("{$set: {a: 1}}");
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class,
                () -> UpdateValidator.validateReplacement(update));
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeReplacement("replacement document", update, BSON_CODEC));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(BsonDocument.parse("{a: 1}"),
                StoredDocumentEncoder.encodeReplacement("replacement document", BsonDocument.parse("{a: 1}"), BSON_CODEC));
    }

    @Test
    void nullAndUnencodableValuesFailClearly() {
        IllegalArgumentException nullValue = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeInsert("document", null, BSON_CODEC));
        assertTrue(nullValue.getMessage().contains("document"), nullValue.getMessage());
        Encoder<String> failing = new Encoder<>() {
            @Override
            public void encode(BsonWriter writer, String value, EncoderContext context) {
                writer.writeStartDocument();
                writer.writeEndArray();
            }

            @Override
            public Class<String> getEncoderClass() {
                return String.class;
            }
        };
        assertThrows(RuntimeException.class, () -> StoredDocumentEncoder.encodeInsert("document", "x", failing));
        IllegalArgumentException unencodable = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeInsert("document", new Document("a", new Object()), DOCUMENT_CODEC));
        assertTrue(unencodable.getMessage().startsWith("document cannot be encoded as BSON"), unencodable.getMessage());
        // the thread's scratch buffer is still usable after failures
        assertEquals(BsonDocument.parse("{_id: 5}"),
                StoredDocumentEncoder.encodeInsert("d", BsonDocument.parse("{_id: 5}"), BSON_CODEC).document());
    }

    private static void assertSameFailure(BsonDocument document) {
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentValidator.validate("document", document));
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeInsert("document", document, BSON_CODEC));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    private static byte[] plainEncoding(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            DOCUMENT_CODEC.encode(writer, document, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        }
        return buffer.toByteArray();
    }

    private static byte[] bytes(RawBsonDocument document) {
        ByteBuffer buffer = document.getByteBuffer().asNIO();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    @Test
    void anIndexedDocumentIsNamedWithItsIndexOnlyInErrors() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StoredDocumentEncoder.encodeInsert(
                "document", 3, new Document("$bad", 1), DOCUMENT_CODEC));
        assertTrue(refused.getMessage().contains("document at index 3"), refused.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> StoredDocumentEncoder.encodeInsert(
                "document", 4, null, DOCUMENT_CODEC));
        assertTrue(missing.getMessage().startsWith("document at index 4 must not be null"), missing.getMessage());
        assertTrue(StoredDocumentEncoder.encodeInsert("document", 5, new Document("_id", 1), DOCUMENT_CODEC).document()
                .containsKey("_id"));
        RawBsonDocument statement = new RawBsonDocument(new BsonDocument("_id", new BsonInt32(1)), BSON_CODEC);
        assertEquals("document at index 2",
                new io.connectmongodb.driver.internal.operation.WriteStatement(statement, statement, "document", 2).description());
        assertEquals("GridFS chunk",
                new io.connectmongodb.driver.internal.operation.WriteStatement(statement, statement, "GridFS chunk").description());
    }
}
