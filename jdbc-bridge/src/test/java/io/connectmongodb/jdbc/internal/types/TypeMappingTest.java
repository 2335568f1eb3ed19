package io.connectmongodb.jdbc.internal.types;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeMappingTest {

    @Test
    void bsonTypesMapToTheDocumentedJdbcTypes() {
        assertEquals(Types.INTEGER, JdbcType.of(BsonType.INT32).sqlType());
        assertEquals(Types.BIGINT, JdbcType.of(BsonType.INT64).sqlType());
        assertEquals(Types.DOUBLE, JdbcType.of(BsonType.DOUBLE).sqlType());
        assertEquals(Types.DECIMAL, JdbcType.of(BsonType.DECIMAL128).sqlType());
        assertEquals(Types.VARCHAR, JdbcType.of(BsonType.STRING).sqlType());
        assertEquals(Types.BOOLEAN, JdbcType.of(BsonType.BOOLEAN).sqlType());
        assertEquals(Types.TIMESTAMP, JdbcType.of(BsonType.DATE_TIME).sqlType());
        assertEquals(Types.BINARY, JdbcType.of(BsonType.BINARY).sqlType());
        assertEquals(Types.VARCHAR, JdbcType.of(BsonType.OBJECT_ID).sqlType());
        assertEquals("org.bson.types.ObjectId", JdbcType.of(BsonType.OBJECT_ID).className());
        assertEquals(Types.VARCHAR, JdbcType.of(BsonType.DOCUMENT).sqlType());
        assertEquals(Types.VARCHAR, JdbcType.of(BsonType.ARRAY).sqlType());
        assertEquals(Types.VARCHAR, JdbcType.of(null).sqlType());
    }

    @Test
    void wideningRules() {
        assertEquals(BsonType.INT64, TypeWidening.widen(BsonType.INT32, BsonType.INT64));
        assertEquals(BsonType.DOUBLE, TypeWidening.widen(BsonType.INT64, BsonType.DOUBLE));
        assertEquals(BsonType.DECIMAL128, TypeWidening.widen(BsonType.DOUBLE, BsonType.DECIMAL128));
        assertEquals(BsonType.DECIMAL128, TypeWidening.widen(BsonType.DECIMAL128, BsonType.INT32));
        assertEquals(BsonType.INT32, TypeWidening.widen(BsonType.INT32, BsonType.NULL));
        assertEquals(BsonType.INT32, TypeWidening.widen(null, BsonType.INT32));
        assertEquals(BsonType.DATE_TIME, TypeWidening.widen(BsonType.TIMESTAMP, BsonType.DATE_TIME));
        assertEquals(BsonType.STRING, TypeWidening.widen(BsonType.INT32, BsonType.STRING));
        assertEquals(BsonType.STRING, TypeWidening.widen(BsonType.DOCUMENT, BsonType.ARRAY));
    }

    @Test
    void readingValues() throws Exception {
        ObjectId id = new ObjectId();
        assertEquals(id.toHexString(), ValueReader.string(new BsonObjectId(id)));
        assertEquals("{\"a\": 1, \"b\": [true]}", ValueReader.string(BsonDocument.parse("{a: 1, b: [true]}")));
        assertEquals("[1, \"x\"]", ValueReader.string(new BsonArray(List.of(new BsonInt32(1), new BsonString("x")))));
        assertEquals("2024-01-02T03:04:05.006Z", ValueReader.string(new BsonDateTime(1704164645006L)));
        assertEquals(42, ValueReader.longValue(new BsonString(" 42 "), Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER"));
        assertEquals(3, ValueReader.longValue(new BsonDouble(3.9), Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER"));
        assertTrue(ValueReader.booleanValue(new BsonInt32(1)));
        assertFalse(ValueReader.booleanValue(new BsonString("false")));
        assertEquals(new BigDecimal("1.50"), ValueReader.decimal(new BsonDecimal128(Decimal128.parse("1.50"))));
        SQLDataException notANumber = assertThrows(SQLDataException.class,
                () -> ValueReader.longValue(new BsonString("abc"), Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER"));
        assertEquals("22018", notANumber.getSQLState());
        assertThrows(SQLDataException.class,
                () -> ValueReader.longValue(new BsonInt64(1L << 40), Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER"));
    }

    @Test
    void getObjectFollowsTheColumnType() throws Exception {
        assertEquals(7L, ValueReader.asColumnType(new BsonInt32(7), BsonType.INT64));
        assertEquals(7.0, ValueReader.asColumnType(new BsonInt32(7), BsonType.DOUBLE));
        assertEquals("7", ValueReader.asColumnType(new BsonInt32(7), BsonType.STRING));
        assertEquals(new Timestamp(5), ValueReader.asColumnType(new BsonDateTime(5), BsonType.DATE_TIME));
        Object map = ValueReader.asColumnType(BsonDocument.parse("{a: {b: [1, 2]}}"), BsonType.DOCUMENT);
        assertEquals(Map.of("a", Map.of("b", List.of(1, 2))), map);
        ObjectId id = new ObjectId();
        assertEquals(id, ValueReader.asColumnType(new BsonObjectId(id), BsonType.OBJECT_ID));
    }

    @Test
    void parametersToBson() throws Exception {
        assertEquals(new BsonInt32(1), ParameterConverter.toBson(1));
        assertEquals(new BsonInt64(1), ParameterConverter.toBson(1L));
        assertEquals(new BsonDecimal128(Decimal128.parse("2.5")), ParameterConverter.toBson(new BigDecimal("2.5")));
        assertEquals(new BsonDateTime(0), ParameterConverter.toBson(LocalDateTime.of(1970, 1, 1, 0, 0)));
        assertEquals(new BsonDateTime(86_400_000L), ParameterConverter.toBson(LocalDate.of(1970, 1, 2)));
        assertEquals(new BsonDateTime(9), ParameterConverter.toBson(new Timestamp(9)));
        UUID uuid = UUID.randomUUID();
        assertEquals(4, ((BsonBinary) ParameterConverter.toBson(uuid)).getType());
        assertEquals(BsonDocument.parse("{a: [1, 'x']}"), ParameterConverter.toBson(Map.of("a", List.of(1, "x"))));
        assertArrayEquals(new byte[] {1, 2}, ((BsonBinary) ParameterConverter.toBson(new byte[] {1, 2})).getData());
    }

    @Test
    void setObjectWithTargetTypeConverts() throws Exception {
        assertEquals(new BsonInt32(42), ParameterConverter.toBson("42", Types.INTEGER));
        assertEquals(new BsonString("42"), ParameterConverter.toBson(42, Types.VARCHAR));
        assertEquals(new BsonInt64(3), ParameterConverter.toBson(3.0, Types.BIGINT));
        assertEquals(new BsonDouble(1.5), ParameterConverter.toBson("1.5", Types.DOUBLE));
        assertEquals(org.bson.BsonBoolean.TRUE, ParameterConverter.toBson("true", Types.BOOLEAN));
        assertEquals(new BsonDateTime(0), ParameterConverter.toBson("1970-01-01T00:00:00Z", Types.TIMESTAMP));
        assertThrows(SQLDataException.class, () -> ParameterConverter.toBson("x", Types.INTEGER));
        assertThrows(java.sql.SQLFeatureNotSupportedException.class, () -> ParameterConverter.toBson(1, Types.STRUCT));
        assertThrows(java.sql.SQLFeatureNotSupportedException.class, () -> ParameterConverter.toBson(new Object()));
    }
}
