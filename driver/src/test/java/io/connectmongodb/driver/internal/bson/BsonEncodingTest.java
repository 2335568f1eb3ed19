package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;

/** {@link BsonEncoding#toRaw}: the tree codec's bytes, with raw documents piped instead of re-decoded. */
class BsonEncodingTest {

    private static byte[] bytes(RawBsonDocument document) {
        java.nio.ByteBuffer buffer = document.getByteBuffer().asNIO();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static byte[] treeCodecBytes(BsonDocument document) {
        BasicOutputBuffer out = new BasicOutputBuffer();
        new BsonDocumentCodec().encode(new BsonBinaryWriter(out), document, EncoderContext.builder().build());
        return out.toByteArray();
    }

    private static RawBsonDocument raw(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec());
    }

    @Test
    void nestedRawDocumentsGiveTheTreeCodecsBytes() {
        BsonDocument replacement = new BsonDocument("_id", new BsonInt32(7)).append("name", new BsonString("x"))
                .append("inner", new BsonDocument("a", new BsonArray(List.of(new BsonInt32(1)))));
        BsonDocument statement = new BsonDocument("q", raw(new BsonDocument("_id", new BsonInt32(7))))
                .append("u", raw(replacement))
                .append("arrayFilters", new BsonArray(List.of(raw(new BsonDocument("e.x", new BsonInt32(1))),
                        new BsonDocument("plain", new BsonInt32(2)))))
                .append("wrapped", new BsonDocumentWrapper<>(new Document("k", "v"), new DocumentCodec()));
        assertArrayEquals(treeCodecBytes(statement), bytes(BsonEncoding.toRaw("statement", statement)));
    }

    @Test
    void aRawDocumentIsReturnedAsIs() {
        RawBsonDocument document = raw(new BsonDocument("a", new BsonInt32(1)));
        assertSame(document, BsonEncoding.toRaw("document", document));
    }

    @Test
    void aNestedRawDocumentsBytesAreCopiedNotDecoded() {
        // duplicate names survive only a byte copy: a decode into a tree would keep one of them
        BasicOutputBuffer out = new BasicOutputBuffer();
        BsonBinaryWriter writer = new BsonBinaryWriter(out);
        writer.writeStartDocument();
        writer.writeInt32("a", 1);
        writer.writeInt32("a", 2);
        writer.writeEndDocument();
        RawBsonDocument duplicated = new RawBsonDocument(out.toByteArray());
        RawBsonDocument encoded = BsonEncoding.toRaw("statement", new BsonDocument("u", duplicated));
        assertArrayEquals(bytes(duplicated), bytes(new RawFieldsView(encoded).u()));
    }

    @Test
    void unencodableInputFailsWithTheArgumentsName() {
        BsonDocument bad = new BsonDocument("bad\0name", new BsonInt32(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BsonEncoding.toRaw("the filter", bad));
        assertEquals(true, e.getMessage().startsWith("the filter cannot be encoded as BSON"), e.getMessage());
    }

    /** The {@code u} field of an encoded statement as a view of its bytes. */
    private record RawFieldsView(RawBsonDocument statement) {
        RawBsonDocument u() {
            RawFields fields = RawFields.of(statement, RawFields.names("u"));
            return fields.document(0);
        }
    }
}
