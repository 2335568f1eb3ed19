package io.connectmongodb.benchmarks.odm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.connectmongodb.mapper.EntityCodecProvider;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The ODM benchmark models mean the same document to every side: the mapper's codec, the official
 * PojoCodecProvider and the hand-written ceilings write equal documents (field order aside: the
 * PojoCodec sorts by name) and read each other's output back to the same values.
 */
class OdmModelsTest {
    private static Document embedded(boolean strings, int seed) {
        Document document = new Document();
        for (int i = 1; i <= 15; i++) {
            document.append("field" + i, strings ? "s" + seed + "-" + i : seed * 100 + i);
        }
        return document;
    }

    /** A document shaped like the spec's {@code large_doc_nested.json}. */
    static Document nestedSource() {
        Document source = new Document();
        for (int i = 1; i <= 5; i++) {
            source.append("embedded_str_doc_" + i, embedded(true, i));
        }
        source.append("embedded_str_doc_array", List.of(embedded(true, 6), embedded(true, 7)));
        for (int i = 8; i <= 14; i++) {
            source.append("embedded_int_doc_" + i, embedded(false, i));
        }
        return source;
    }

    static Document flatSource() {
        Document source = new Document();
        for (int i = 1; i <= 7; i++) {
            source.append("field" + i, "v" + i);
        }
        for (int i = 8; i <= 13; i++) {
            source.append("field" + i, i * 3);
        }
        return source;
    }

    private static <T> Codec<T> mapper(Class<T> type) {
        return CodecRegistries.fromRegistries(CodecRegistries.fromProviders(new EntityCodecProvider()),
                com.mongodb.MongoClientSettings.getDefaultCodecRegistry()).get(type);
    }

    private static <T> byte[] encode(Codec<T> codec, T value) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            codec.encode(writer, value, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        }
        return Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition());
    }

    private static <T> T decode(Codec<T> codec, byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return codec.decode(reader, DecoderContext.builder().build());
        }
    }

    /** Every pair of codecs: same document written, and each reads the other's bytes to the same document. */
    @SafeVarargs
    private static <T> void agree(T value, Codec<T>... codecs) {
        BsonDocument expected = new RawBsonDocument(encode(codecs[0], value)).toBsonDocument();
        for (Codec<T> writer : codecs) {
            byte[] bytes = encode(writer, value);
            assertEquals(expected, new RawBsonDocument(bytes).toBsonDocument(), writer.toString());
            for (Codec<T> reader : codecs) {
                BsonDocument back = new RawBsonDocument(encode(codecs[0], decode(reader, bytes))).toBsonDocument();
                assertEquals(expected, back, writer + " read by " + reader);
            }
        }
    }

    @Test
    void nestedModelMeansTheSameDocumentToEverySide() {
        NestedModel model = NestedModel.from(nestedSource());
        model.setId(new ObjectId("650000000000000000000005"));
        Codec<NestedModel> pojo = OdmCodecWorkload.pojoRegistry().get(NestedModel.class);
        agree(model, mapper(NestedModel.class), pojo, new NestedModelCodec());
        BsonDocument written = new RawBsonDocument(encode(mapper(NestedModel.class), model)).toBsonDocument();
        assertEquals(nestedSource().toBsonDocument().size() + 1, written.size());
        assertEquals(new BsonString("s6-3"), written.getArray("embedded_str_doc_array").get(0).asDocument().get("field3"));
        assertEquals(1415, written.getDocument("embedded_int_doc_14").getInt32("field15").getValue());
    }

    @Test
    void flatAndForeignKeyModelsMeanTheSameDocumentToEverySide() {
        FlatModel flat = FlatModel.from(flatSource());
        flat.setId(new ObjectId("650000000000000000000006"));
        agree(flat, mapper(FlatModel.class), OdmCodecWorkload.pojoRegistry().get(FlatModel.class), new FlatModelCodec());
        ForeignKeyModel foreignKey = new ForeignKeyModel(new ObjectId("650000000000000000000007"), "f", 4);
        foreignKey.setId(new ObjectId("650000000000000000000008"));
        agree(foreignKey, mapper(ForeignKeyModel.class), OdmCodecWorkload.pojoRegistry().get(ForeignKeyModel.class));
        assertEquals(new ObjectId("650000000000000000000007"),
                new RawBsonDocument(encode(mapper(ForeignKeyModel.class), foreignKey)).getObjectId("flat_id").getValue());
    }

    @Test
    void taskFiltersFindTheCreatedDocument() {
        OdmTaskModel<NestedModel> nested = OdmTaskModel.nested(nestedSource());
        NestedModel created = nested.create().apply(5);
        created.setId(new ObjectId("650000000000000000000009"));
        BsonDocument written = new RawBsonDocument(encode(mapper(NestedModel.class), created)).toBsonDocument();
        Document filter = nested.filter().apply(created, 5);
        assertEquals(created.getId(), filter.getObjectId("_id"));
        assertEquals("m5", written.getDocument("embedded_str_doc_1").getString("field1").getValue());
        assertEquals("m5", filter.getString("embedded_str_doc_1.field1"));
        nested.change().accept(created, 77);
        assertEquals(77, created.getEmbeddedIntDoc8().getField1());
        OdmTaskModel<FlatModel> flat = OdmTaskModel.flat(flatSource());
        FlatModel flatCreated = flat.create().apply(3);
        assertEquals("m3", flatCreated.getField1());
        assertEquals(new Document("field1", "m3"), flat.filter().apply(flatCreated, 3));
        assertNotEquals(flat.create().apply(4).getField1(), flatCreated.getField1());
    }
}
