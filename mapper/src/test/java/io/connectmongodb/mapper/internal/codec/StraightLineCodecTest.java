package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityDecodingException;
import io.connectmongodb.mapper.annotation.Field;

import java.util.List;

import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * The generated straight-line codec: every access kind (package-private field, public accessors,
 * private field without accessors, setter returning a value) and every typed scalar step, boxed
 * nulls, number conversions, fields in any order, unknown fields, and BSON null into primitives.
 */
class StraightLineCodecTest {
    private final CodecRoundTrip codecs = new CodecRoundTrip();

    static class Mixed {
        int count;
        long total;
        double ratio;
        boolean active;
        String name;
        ObjectId ref;
        Integer boxedCount;
        Long boxedTotal;
        Double boxedRatio;
        Boolean boxedActive;
        float small;
        List<String> tags;
        private int hidden;
        private String viaAccessors;
        @Field("renamed")
        short renamedShort;
        private long fluent;

        public String getViaAccessors() {
            return viaAccessors;
        }

        public void setViaAccessors(String viaAccessors) {
            this.viaAccessors = viaAccessors;
        }

        public long getFluent() {
            return fluent;
        }

        public Mixed setFluent(long fluent) {
            this.fluent = fluent;
            return this;
        }
    }

    private static Mixed sample() {
        Mixed value = new Mixed();
        value.count = 7;
        value.total = 1L << 40;
        value.ratio = 0.25;
        value.active = true;
        value.name = "n";
        value.ref = new ObjectId("650000000000000000000001");
        value.boxedCount = 8;
        value.boxedTotal = 9L;
        value.boxedRatio = 1.5;
        value.boxedActive = false;
        value.small = 2.5f;
        value.tags = List.of("a", "b");
        value.hidden = 11;
        value.viaAccessors = "v";
        value.renamedShort = 3;
        value.setFluent(12);
        return value;
    }

    @Test
    void everyAccessKindRoundTripsInDeclarationOrder() {
        Mixed back = codecs.roundTrip(Mixed.class, sample(), "{count: 7, total: {$numberLong: '1099511627776'}, ratio: 0.25,"
                + " active: true, name: 'n', ref: {$oid: '650000000000000000000001'}, boxedCount: 8,"
                + " boxedTotal: {$numberLong: '9'}, boxedRatio: 1.5, boxedActive: false, small: 2.5, tags: ['a', 'b'],"
                + " hidden: 11, viaAccessors: 'v', renamed: 3, fluent: {$numberLong: '12'}}");
        assertEquals(7, back.count);
        assertEquals(1L << 40, back.total);
        assertEquals(0.25, back.ratio);
        assertTrue(back.active);
        assertEquals("n", back.name);
        assertEquals(new ObjectId("650000000000000000000001"), back.ref);
        assertEquals(8, back.boxedCount);
        assertEquals(9L, back.boxedTotal);
        assertEquals(1.5, back.boxedRatio);
        assertEquals(false, back.boxedActive);
        assertEquals(2.5f, back.small);
        assertEquals(List.of("a", "b"), back.tags);
        assertEquals(11, back.hidden);
        assertEquals("v", back.getViaAccessors());
        assertEquals(3, back.renamedShort);
        assertEquals(12, back.getFluent());
    }

    @Test
    void nullReferencesAreLeftOut() {
        Mixed value = new Mixed();
        BsonDocument encoded = codecs.encode(Mixed.class, value);
        assertEquals(BsonDocument.parse("{count: 0, total: {$numberLong: '0'}, ratio: 0.0, active: false, small: 0.0,"
                + " hidden: 0, renamed: 0, fluent: {$numberLong: '0'}}"), encoded);
        Mixed back = codecs.decode(Mixed.class, encoded);
        assertNull(back.name);
        assertNull(back.boxedCount);
    }

    @Test
    void fieldsInAnyOrderWithConversionsNullsAndUnknownFields() {
        Mixed back = codecs.decode(Mixed.class, BsonDocument.parse("{fluent: 5, extra: {x: 1}, boxedTotal: 4,"
                + " count: {$numberLong: '6'}, total: 2.0, ratio: 3, boxedCount: null, hidden: null, name: null,"
                + " renamed: 2, unknown: 'u'}"));
        assertEquals(5, back.getFluent());
        assertEquals(4L, back.boxedTotal);
        assertEquals(6, back.count);
        assertEquals(2L, back.total);
        assertEquals(3.0, back.ratio);
        assertNull(back.boxedCount);
        assertEquals(0, back.hidden);
        assertNull(back.name);
        assertEquals(2, back.renamedShort);
    }

    @Test
    void badValuesNameTheFieldAndProperty() {
        EntityDecodingException fraction = assertThrows(EntityDecodingException.class,
                () -> codecs.decode(Mixed.class, BsonDocument.parse("{count: 1.5}")));
        assertTrue(fraction.getMessage().contains("field 'count' into property 'count'"), fraction.getMessage());
        EntityDecodingException wrongType = assertThrows(EntityDecodingException.class,
                () -> codecs.decode(Mixed.class, BsonDocument.parse("{name: 1}")));
        assertTrue(wrongType.getMessage().contains("property 'name'"), wrongType.getMessage());
    }

    @Test
    void theHotPathIsGenerated() {
        EntityCodec<Mixed> codec = codecs.models().codec(Mixed.class);
        assertTrue(codec.toString().contains("$$CmWriter"), codec.toString());
        assertTrue(codec.toString().contains("$$CmReader"), codec.toString());
    }
}
