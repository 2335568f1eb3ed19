package io.connectmongodb.jdbc.internal.types;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Converts PreparedStatement parameter values to BSON. {@link #toBson(Object)} maps each Java type to its natural BSON
 * type (the reverse of {@link JdbcType}; local dates and times are taken as UTC); {@link #toBson(Object, int)} does
 * {@code setObject(i, x, targetSqlType)}: the value is converted to the target type first (e.g. the string "42" to an
 * int32 for INTEGER), failing with {@link SQLDataException} when it cannot be.
 */
public final class ParameterConverter {

    private ParameterConverter() {
    }

    public static BsonValue toBson(Object value) throws SQLException {
        if (value == null) {
            return BsonNull.VALUE;
        }
        if (value instanceof BsonValue bson) {
            return bson;
        }
        if (value instanceof String || value instanceof Character) {
            return new BsonString(value.toString());
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new BsonInt32(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return new BsonInt64(number);
        }
        if (value instanceof Double || value instanceof Float) {
            return new BsonDouble(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return new BsonDecimal128(new Decimal128(decimal));
        }
        if (value instanceof BigInteger integer) {
            return integer.bitLength() < 64 ? new BsonInt64(integer.longValue()) : new BsonDecimal128(new Decimal128(new BigDecimal(integer)));
        }
        if (value instanceof Boolean bool) {
            return BsonBoolean.valueOf(bool);
        }
        if (value instanceof java.util.Date date) {
            return new BsonDateTime(date.getTime());
        }
        if (value instanceof Instant instant) {
            return new BsonDateTime(instant.toEpochMilli());
        }
        if (value instanceof LocalDateTime dateTime) {
            return new BsonDateTime(dateTime.toInstant(ZoneOffset.UTC).toEpochMilli());
        }
        if (value instanceof LocalDate date) {
            return new BsonDateTime(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return new BsonDateTime(dateTime.toInstant().toEpochMilli());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return new BsonDateTime(dateTime.toInstant().toEpochMilli());
        }
        if (value instanceof byte[] bytes) {
            return new BsonBinary(bytes);
        }
        if (value instanceof UUID uuid) {
            return new BsonBinary(uuid, UuidRepresentation.STANDARD);
        }
        if (value instanceof ObjectId objectId) {
            return new BsonObjectId(objectId);
        }
        if (value instanceof Document document) {
            return document.toBsonDocument(BsonDocument.class, CodecRegistries.fromProviders(new org.bson.codecs.BsonValueCodecProvider(),
                    new org.bson.codecs.ValueCodecProvider(), new org.bson.codecs.DocumentCodecProvider()));
        }
        if (value instanceof Map<?, ?> map) {
            BsonDocument document = new BsonDocument();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new SQLDataException("Map parameter keys must be strings, got " + entry.getKey(), "22023");
                }
                document.append(key, toBson(entry.getValue()));
            }
            return document;
        }
        if (value instanceof Collection<?> collection) {
            BsonArray array = new BsonArray();
            for (Object element : collection) {
                array.add(toBson(element));
            }
            return array;
        }
        if (value instanceof Object[] elements) {
            BsonArray array = new BsonArray();
            for (Object element : elements) {
                array.add(toBson(element));
            }
            return array;
        }
        throw new SQLFeatureNotSupportedException("Parameter values of type " + value.getClass().getName() + " are not supported", "0A000");
    }

    public static BsonValue toBson(Object value, int targetSqlType) throws SQLException {
        BsonValue natural = toBson(value);
        if (natural.isNull()) {
            return natural;
        }
        switch (targetSqlType) {
            case Types.VARCHAR:
            case Types.CHAR:
            case Types.LONGVARCHAR:
            case Types.NVARCHAR:
            case Types.NCHAR:
            case Types.LONGNVARCHAR:
            case Types.CLOB:
                return new BsonString(ValueReader.string(natural));
            case Types.INTEGER:
            case Types.SMALLINT:
            case Types.TINYINT:
                return new BsonInt32((int) ValueReader.longValue(natural, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER"));
            case Types.BIGINT:
                return new BsonInt64(ValueReader.longValue(natural, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT"));
            case Types.DOUBLE:
            case Types.FLOAT:
            case Types.REAL:
                return new BsonDouble(ValueReader.doubleValue(natural));
            case Types.DECIMAL:
            case Types.NUMERIC:
                return new BsonDecimal128(new Decimal128(ValueReader.decimal(natural)));
            case Types.BOOLEAN:
            case Types.BIT:
                return BsonBoolean.valueOf(ValueReader.booleanValue(natural));
            case Types.TIMESTAMP:
            case Types.TIMESTAMP_WITH_TIMEZONE:
            case Types.DATE:
                return new BsonDateTime(ValueReader.epochMillis(natural));
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
            case Types.BLOB:
                return new BsonBinary(ValueReader.bytes(natural));
            case Types.JAVA_OBJECT:
            case Types.OTHER:
            case Types.NULL:
                return natural;
            default:
                throw new SQLFeatureNotSupportedException("setObject with target SQL type " + targetSqlType + " is not supported", "0A000");
        }
    }
}
