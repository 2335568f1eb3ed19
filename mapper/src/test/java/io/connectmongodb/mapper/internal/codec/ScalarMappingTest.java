package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityDecodingException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Scalars, numbers, decimals, UUIDs, binaries, enums and java.time values: exact BSON and round trip. */
class ScalarMappingTest {
    private final CodecRoundTrip codecs = new CodecRoundTrip();

    enum Level { LOW, HIGH }

    @Entity
    record Numbers(@Id ObjectId id, int i, long l, short s, byte b, double d, float f, boolean flag, char c,
                   Integer boxed, Long boxedLong, Double boxedDouble, Boolean boxedFlag) {
    }

    @Test
    void primitivesAndBoxes() {
        ObjectId id = new ObjectId("65a1b2c3d4e5f60718293a4b");
        Numbers value = new Numbers(id, 7, 8_000_000_000L, (short) 3, (byte) -2, 1.5, 2.5f, true, 'x', 42, 43L, 0.25, false);
        Numbers decoded = codecs.roundTrip(Numbers.class, value, "{\"_id\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"},"
                + " \"i\": 7, \"l\": {\"$numberLong\": \"8000000000\"}, \"s\": 3, \"b\": -2, \"d\": 1.5, \"f\": 2.5,"
                + " \"flag\": true, \"c\": \"x\", \"boxed\": 42, \"boxedLong\": {\"$numberLong\": \"43\"},"
                + " \"boxedDouble\": 0.25, \"boxedFlag\": false}");
        assertEquals(value, decoded);
    }

    @Test
    void missingPrimitivesDecodeAsZeroAndMissingBoxesAsNull() {
        Numbers decoded = codecs.decode(Numbers.class, BsonDocument.parse("{\"_id\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"}}"));
        assertEquals(0, decoded.i());
        assertEquals(0L, decoded.l());
        assertEquals(0.0, decoded.d());
        assertEquals('\0', decoded.c());
        assertEquals(false, decoded.flag());
        assertNull(decoded.boxed());
        assertNull(decoded.boxedFlag());
    }

    @Test
    void nullBoxesAreLeftOutAndBsonNullReadsAsNull() {
        Numbers value = new Numbers(null, 1, 2, (short) 3, (byte) 4, 5, 6, false, 'c', null, null, null, null);
        assertEquals(BsonDocument.parse("{\"i\": 1, \"l\": {\"$numberLong\": \"2\"}, \"s\": 3, \"b\": 4, \"d\": 5.0, \"f\": 6.0,"
                + " \"flag\": false, \"c\": \"c\"}"), codecs.encode(Numbers.class, value));
        Numbers decoded = codecs.decode(Numbers.class, BsonDocument.parse("{\"boxed\": null, \"i\": null}"));
        assertNull(decoded.boxed());
        assertEquals(0, decoded.i());
    }

    @Test
    void numbersAreConvertedExactlyBetweenBsonNumberTypes() {
        Numbers decoded = codecs.decode(Numbers.class, BsonDocument.parse(
                "{\"i\": {\"$numberLong\": \"12\"}, \"l\": 5, \"d\": 3, \"boxed\": 4.0, \"boxedDouble\": {\"$numberDecimal\": \"1.25\"}}"));
        assertEquals(12, decoded.i());
        assertEquals(5L, decoded.l());
        assertEquals(3.0, decoded.d());
        assertEquals(4, decoded.boxed());
        assertEquals(1.25, decoded.boxedDouble());
    }

    @Test
    void lossyNumberConversionFailsNamingTheField() {
        EntityDecodingException fraction = assertThrows(EntityDecodingException.class,
                () -> codecs.decode(Numbers.class, BsonDocument.parse("{\"i\": 1.5}")));
        assertTrue(fraction.getMessage().contains("'i'") && fraction.getMessage().contains(Numbers.class.getName()),
                fraction.getMessage());
        assertThrows(EntityDecodingException.class,
                () -> codecs.decode(Numbers.class, BsonDocument.parse("{\"i\": {\"$numberLong\": \"9999999999\"}}")));
        assertThrows(EntityDecodingException.class, () -> codecs.decode(Numbers.class, BsonDocument.parse("{\"b\": 300}")));
        EntityDecodingException wrongType = assertThrows(EntityDecodingException.class,
                () -> codecs.decode(Numbers.class, BsonDocument.parse("{\"i\": \"seven\"}")));
        assertTrue(wrongType.getMessage().contains("STRING"), wrongType.getMessage());
    }

    @Entity
    record Values(@Id String id, String text, BigDecimal price, Decimal128 decimal, UUID uuid, byte[] bytes, Level level,
                  @Field("n") String renamed, ObjectId other) {
    }

    @Test
    void stringsDecimalsUuidsBinariesEnumsAndRenamedFields() {
        Values value = new Values("key-1", "hello", new BigDecimal("12.340"), Decimal128.parse("-0.5"),
                UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"), new byte[] {1, 2, 3}, Level.HIGH, "r",
                new ObjectId("65a1b2c3d4e5f60718293a4b"));
        Values decoded = codecs.roundTrip(Values.class, value, "{\"_id\": \"key-1\", \"text\": \"hello\","
                + " \"price\": {\"$numberDecimal\": \"12.340\"}, \"decimal\": {\"$numberDecimal\": \"-0.5\"},"
                + " \"uuid\": {\"$binary\": {\"base64\": \"ABEiM0RVZneImaq7zN3u/w==\", \"subType\": \"04\"}},"
                + " \"bytes\": {\"$binary\": {\"base64\": \"AQID\", \"subType\": \"00\"}}, \"level\": \"HIGH\", \"n\": \"r\","
                + " \"other\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"}}");
        assertEquals("key-1", decoded.id());
        assertEquals(new BigDecimal("12.340"), decoded.price());
        assertEquals(value.decimal(), decoded.decimal());
        assertEquals(value.uuid(), decoded.uuid());
        assertArrayEquals(new byte[] {1, 2, 3}, decoded.bytes());
        assertEquals(Level.HIGH, decoded.level());
        assertEquals("r", decoded.renamed());
        assertEquals(value.other(), decoded.other());
    }

    @Test
    void unknownEnumConstantAndLegacyUuidSubtypeFail() {
        assertThrows(EntityDecodingException.class, () -> codecs.decode(Values.class, BsonDocument.parse("{\"level\": \"MEDIUM\"}")));
        assertThrows(EntityDecodingException.class, () -> codecs.decode(Values.class, BsonDocument.parse(
                "{\"uuid\": {\"$binary\": {\"base64\": \"ABEiM0RVZneImaq7zN3u/w==\", \"subType\": \"03\"}}}")));
    }

    @Test
    void unmappedFieldsAreSkipped() {
        Values decoded = codecs.decode(Values.class, BsonDocument.parse("{\"_id\": \"a\", \"extra\": {\"deep\": [1, 2]}, \"text\": \"t\"}"));
        assertEquals("t", decoded.text());
    }

    @Entity
    record Times(@Id Long id, Instant instant, LocalDate date, LocalDateTime dateTime, LocalTime time,
                 OffsetDateTime offsetDateTime, ZonedDateTime zonedDateTime, Duration duration, Date legacyDate) {
    }

    @Test
    void javaTimeTypes() {
        Instant instant = Instant.parse("2024-01-02T03:04:05.678Z");
        Times value = new Times(5L, instant, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000),
                LocalTime.of(10, 15, 30), OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris")), Duration.ofMinutes(90),
                Date.from(instant));
        Times decoded = codecs.roundTrip(Times.class, value, "{\"_id\": {\"$numberLong\": \"5\"},"
                + " \"instant\": {\"$date\": \"2024-01-02T03:04:05.678Z\"}, \"date\": {\"$date\": \"2024-02-29T00:00:00Z\"},"
                + " \"dateTime\": {\"$date\": \"2024-01-02T03:04:05.678Z\"}, \"time\": \"10:15:30\","
                + " \"offsetDateTime\": \"2024-01-02T03:04:05+02:00\", \"zonedDateTime\": \"2024-01-02T03:04:05+01:00[Europe/Paris]\","
                + " \"duration\": \"PT1H30M\", \"legacyDate\": {\"$date\": \"2024-01-02T03:04:05.678Z\"}}");
        assertEquals(value, decoded);
    }

    @Test
    void intIdEncodedAsInt64ReadsBackFromInt32() {
        Times decoded = codecs.decode(Times.class, new BsonDocument("_id", new BsonInt32(9)));
        assertEquals(9L, decoded.id());
    }
}
