package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityDecodingException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModels;

import java.nio.ByteBuffer;
import java.util.List;

import org.bson.AbstractBsonReader;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.CollectionCodecProvider;
import org.bson.codecs.ValueCodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * Decoding from binary documents, where fields in the written order are read from the bytes
 * directly: the result must equal the reader path's (a BsonDocumentReader over the same document)
 * for documents in order, out of order, with unknown fields, nulls, other number types and bad
 * values, and the output must equal the official PojoCodec's byte for byte.
 */
class InOrderBinaryFieldsTest {
    private final EntityModels models = new EntityModels();
    private final CodecRoundTrip treeCodecs = new CodecRoundTrip();

    /** A bean the mapper and the PojoCodec both map: private fields, public accessors. */
    @Entity("beans")
    public static class Bean {
        @Id
        private ObjectId id;
        // in alphabetical order, which is the PojoCodec's order
        private boolean active;
        private Integer boxed;
        private Long boxedTotal;
        private int count;
        private String name;
        private Part part;
        private List<Part> parts;
        private double ratio;
        private long total;

        public ObjectId getId() {
            return id;
        }

        public void setId(ObjectId id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }

        public long getTotal() {
            return total;
        }

        public void setTotal(long total) {
            this.total = total;
        }

        public double getRatio() {
            return ratio;
        }

        public void setRatio(double ratio) {
            this.ratio = ratio;
        }

        public Integer getBoxed() {
            return boxed;
        }

        public void setBoxed(Integer boxed) {
            this.boxed = boxed;
        }

        public Long getBoxedTotal() {
            return boxedTotal;
        }

        public void setBoxedTotal(Long boxedTotal) {
            this.boxedTotal = boxedTotal;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public Part getPart() {
            return part;
        }

        public void setPart(Part part) {
            this.part = part;
        }

        public List<Part> getParts() {
            return parts;
        }

        public void setParts(List<Part> parts) {
            this.parts = parts;
        }
    }

    /** An embedded bean (package-private fields, read by direct field access). */
    public static class Part {
        String label;
        int size;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public int getSize() {
            return size;
        }

        public void setSize(int size) {
            this.size = size;
        }
    }

    private static Part part(String label, int size) {
        Part part = new Part();
        part.label = label;
        part.size = size;
        return part;
    }

    private static Bean sample() {
        Bean bean = new Bean();
        bean.setId(new ObjectId("650000000000000000000002"));
        bean.setName("n\u00e9");
        bean.setCount(7);
        bean.setTotal(1L << 40);
        bean.setRatio(0.5);
        bean.setBoxed(9);
        bean.setBoxedTotal(10L);
        bean.setActive(true);
        bean.setPart(part("p", 1));
        bean.setParts(List.of(part("a", 2), part("b", 3)));
        return bean;
    }

    private Codec<Bean> codec() {
        return models.codec(Bean.class);
    }

    /** Decodes the document through a binary reader and through the tree reader; both must agree. */
    private Bean decodeBothWays(String json) {
        BsonDocument document = BsonDocument.parse(json);
        Bean binary = BinaryCodecs.decode(codec(), BinaryCodecs.bytes(document));
        Bean tree = treeCodecs.decode(Bean.class, document);
        assertEquals(treeCodecs.encode(Bean.class, tree), treeCodecs.encode(Bean.class, binary), json);
        return binary;
    }

    @Test
    void encodesTheSameBytesAsThePojoCodec() {
        CodecRegistry registry = CodecRegistries.fromProviders(new ValueCodecProvider(), new CollectionCodecProvider(),
                PojoCodecProvider.builder().automatic(true).build());
        Codec<Bean> pojo = registry.get(Bean.class);
        byte[] expected = BinaryCodecs.encode(pojo, sample());
        byte[] actual = BinaryCodecs.encode(codec(), sample());
        assertEquals(new org.bson.RawBsonDocument(expected).toJson(), new org.bson.RawBsonDocument(actual).toJson());
        assertArrayEquals(expected, actual);
    }

    @Test
    void theCodecReadsInOrderFieldsFromTheBytes() {
        assertTrue(models.codec(Bean.class).toString().contains("in-order binary fields"), models.codec(Bean.class).toString());
    }

    @Test
    void roundTripsThroughBinaryInWrittenOrder() {
        byte[] bytes = BinaryCodecs.encode(codec(), sample());
        Bean back = BinaryCodecs.decode(codec(), bytes);
        assertArrayEquals(bytes, BinaryCodecs.encode(codec(), back));
        assertEquals("n\u00e9", back.getName());
        assertEquals(1L << 40, back.getTotal());
        assertEquals(9, back.getBoxed());
        assertEquals("b", back.getParts().get(1).label);
        assertEquals(3, back.getParts().get(1).size);
    }

    @Test
    void outOfOrderUnknownAndNullFieldsDecodeAsThroughTheReader() {
        Bean back = decodeBothWays("{extra: 'x', count: 3, _id: {$oid: '650000000000000000000003'}, name: 'late',"
                + " boxed: null, nested: {count: 99}, part: {size: 4, label: 'q', other: 1}, total: {$numberLong: '5'}}");
        assertEquals(3, back.getCount());
        assertEquals("late", back.getName());
        assertNull(back.getBoxed());
        assertEquals("q", back.getPart().label);
        decodeBothWays("{_id: null, name: null, count: 1, total: {$numberLong: '2'}, ratio: 1.5, boxed: 4,"
                + " boxedTotal: {$numberLong: '5'}, active: false, part: null, parts: []}");
        decodeBothWays("{}");
        decodeBothWays("{name: 'a', name: 'b', count: 1, count: 2}");
        decodeBothWays("{nam: 'a', namex: 'b', coun: 1, countt: 2, name: 'c'}");
    }

    @Test
    void otherNumberTypesTakeTheReaderPathWithItsConversions() {
        Bean back = decodeBothWays("{_id: {$oid: '650000000000000000000003'}, name: 'n', count: {$numberLong: '6'},"
                + " total: 4, ratio: 2, boxed: 3.0, boxedTotal: 8}");
        assertEquals(6, back.getCount());
        assertEquals(4L, back.getTotal());
        assertEquals(2.0, back.getRatio());
        assertEquals(3, back.getBoxed());
        assertEquals(8L, back.getBoxedTotal());
    }

    @Test
    void badValuesFailAsThroughTheReader() {
        for (String json : new String[] {"{_id: {$oid: '650000000000000000000003'}, name: 1}", "{count: 1.5}",
                "{_id: 'text'}"}) {
            byte[] bytes = BinaryCodecs.bytes(BsonDocument.parse(json));
            EntityDecodingException binary = assertThrows(EntityDecodingException.class,
                    () -> BinaryCodecs.decode(codec(), bytes));
            EntityDecodingException tree = assertThrows(EntityDecodingException.class,
                    () -> treeCodecs.decode(Bean.class, BsonDocument.parse(json)));
            assertEquals(tree.getMessage(), binary.getMessage(), json);
        }
    }

    @Test
    void aCorruptStringFailsWithTheReadersExceptionNamingTheField() {
        byte[] bytes = BinaryCodecs.bytes(BsonDocument.parse("{_id: {$oid: '650000000000000000000003'}, name: 'abc'}"));
        int length = bytes.length - 1 - 4 - 1; // the string's int32 length: before 'abc', its NUL and the document's
        bytes[length - 3] = 9;
        EntityDecodingException failure = assertThrows(EntityDecodingException.class, () -> BinaryCodecs.decode(codec(), bytes));
        assertTrue(failure.getMessage().contains("field 'name' into property 'name'"), failure.getMessage());
        assertTrue(failure.getCause() instanceof BsonSerializationException, String.valueOf(failure.getCause()));
    }

    @Test
    void aTruncatedDocumentFailsAsThroughTheReaderAlone() {
        byte[] whole = BinaryCodecs.bytes(BsonDocument.parse("{name: 'abc', count: 1}"));
        byte[] cut = java.util.Arrays.copyOf(whole, 9); // length, type, half of "name"
        RuntimeException expected = assertThrows(RuntimeException.class, () -> {
            try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(cut))) {
                reader.readStartDocument();
                reader.readBsonType();
            }
        });
        RuntimeException actual = assertThrows(RuntimeException.class, () -> BinaryCodecs.decode(codec(), cut));
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void leavesTheReaderWhereTheReaderPathWouldForTheNextField() {
        BsonDocument outer = new BsonDocument("before", new org.bson.BsonInt32(1))
                .append("bean", treeCodecs.encode(Bean.class, sample()))
                .append("after", new org.bson.BsonString("z"));
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(BinaryCodecs.bytes(outer)))) {
            reader.readStartDocument();
            assertEquals(1, reader.readInt32("before"));
            reader.readName("bean");
            Bean bean = codec().decode(reader, DecoderContext.builder().build());
            assertEquals("n\u00e9", bean.getName());
            assertEquals(AbstractBsonReader.State.TYPE, reader.getState());
            assertEquals("z", reader.readString("after"));
            assertEquals(BsonType.END_OF_DOCUMENT, reader.readBsonType());
            reader.readEndDocument();
        }
    }
}
