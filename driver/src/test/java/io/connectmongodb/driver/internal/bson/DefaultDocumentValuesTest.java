package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
import org.bson.BsonInt32;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.Encoder;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * A command argument {@code Document} of the default codec: written ({@link DefaultDocumentWriter#writeArgument}, no
 * _id reordering) and turned into a tree ({@link DefaultDocumentValues}) exactly as the codec does.
 */
class DefaultDocumentValuesTest {
    private static final Encoder<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    @Test
    void writesWhatTheDefaultCodecWrites() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("m", null);
        Document filter = new Document("a", "x").append("_id", new ObjectId()).append("i", 1).append("l", 2L).append("d", 0.5)
                .append("b", true).append("date", new Date(7)).append("dec", Decimal128.parse("-0"))
                .append("bytes", new byte[] {1}).append("bin", new Binary((byte) 5, new byte[] {2})).append("null", null)
                .append("in", new Document("$in", new ArrayList<>(List.of(1, "two", new Document("k", map)))));
        assertTrue(DefaultDocumentValues.writable(filter));
        BasicOutputBuffer ours = new BasicOutputBuffer();
        assertTrue(DefaultDocumentWriter.writeArgument(filter, ours));
        BasicOutputBuffer codec = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(codec)) {
            CODEC.encode(writer, filter, EncoderContext.builder().build());
        }
        assertArrayEquals(codec.toByteArray(), ours.toByteArray());
        BsonDocument tree = DefaultDocumentValues.toTree(filter);
        BsonDocument codecTree = new BsonDocument();
        codecTree.putAll(new BsonDocumentWrapper<>(filter, CODEC));
        assertEquals(codecTree, tree);
        assertEquals(codecTree.toJson(), tree.toJson());
        assertTrue(DefaultDocumentValues.isDefaultRegistry(MongoClientSettings.getDefaultCodecRegistry()));
    }

    @Test
    void leavesOtherValueClassesToTheCodec() {
        assertTrue(DefaultDocumentValues.handles(CODEC));
        assertFalse(DefaultDocumentValues.writable(new Document("u", UUID.randomUUID())));
        assertFalse(DefaultDocumentValues.writable(new Document("n", new Document("x", new BsonInt32(1)))));
        assertFalse(DefaultDocumentValues.writable(new Document("l", List.of(1.5f))));
        assertFalse(DefaultDocumentValues.writable(new Document("old", new Binary((byte) 2, new byte[] {1}))));
        Map<Object, Object> numericKey = new LinkedHashMap<>();
        numericKey.put(1, 1);
        assertFalse(DefaultDocumentValues.writable(new Document("m", numericKey)));
    }
}
