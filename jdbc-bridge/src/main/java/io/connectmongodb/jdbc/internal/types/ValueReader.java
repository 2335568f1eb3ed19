package io.connectmongodb.jdbc.internal.types;

import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.math.BigDecimal;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads BSON values as the Java values of the JDBC getters. Each getter accepts the types that convert without loss of
 * meaning (a number from a numeric string, a boolean from 0/1 or "true"/"false", text from anything: ObjectId as hex,
 * dates as ISO-8601, documents and arrays as relaxed extended JSON) and otherwise throws {@link SQLDataException}
 * (SQLState 22018) naming both types. Callers handle null before calling.
 */
public final class ValueReader {

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private ValueReader() {
    }

    public static String string(BsonValue value) {
        switch (value.getBsonType()) {
            case STRING:
                return value.asString().getValue();
            case INT32:
                return Integer.toString(value.asInt32().getValue());
            case INT64:
                return Long.toString(value.asInt64().getValue());
            case DOUBLE:
                return Double.toString(value.asDouble().getValue());
            case DECIMAL128:
                return value.asDecimal128().getValue().toString();
            case BOOLEAN:
                return Boolean.toString(value.asBoolean().getValue());
            case OBJECT_ID:
                return value.asObjectId().getValue().toHexString();
            case DATE_TIME:
                return Instant.ofEpochMilli(value.asDateTime().getValue()).toString();
            case SYMBOL:
                return value.asSymbol().getSymbol();
            case JAVASCRIPT:
                return value.asJavaScript().getCode();
            case DOCUMENT:
                return value.asDocument().toJson(JSON);
            default:
                String json = new BsonDocument("v", value).toJson(JSON);
                return json.substring(json.indexOf(':') + 1, json.length() - 1).trim();
        }
    }

    public static BigDecimal decimal(BsonValue value) throws SQLException {
        switch (value.getBsonType()) {
            case INT32:
                return BigDecimal.valueOf(value.asInt32().getValue());
            case INT64:
                return BigDecimal.valueOf(value.asInt64().getValue());
            case DOUBLE:
                double d = value.asDouble().getValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw conversion(value, "DECIMAL");
                }
                return BigDecimal.valueOf(d);
            case DECIMAL128:
                if (value.asDecimal128().getValue().isNaN() || value.asDecimal128().getValue().isInfinite()) {
                    throw conversion(value, "DECIMAL");
                }
                return value.asDecimal128().getValue().bigDecimalValue();
            case BOOLEAN:
                return value.asBoolean().getValue() ? BigDecimal.ONE : BigDecimal.ZERO;
            case STRING:
                try {
                    return new BigDecimal(value.asString().getValue().trim());
                } catch (NumberFormatException e) {
                    throw conversion(value, "DECIMAL");
                }
            default:
                throw conversion(value, "DECIMAL");
        }
    }

    public static double doubleValue(BsonValue value) throws SQLException {
        if (value.isDouble()) {
            return value.asDouble().getValue();
        }
        return decimal(value).doubleValue();
    }

    public static long longValue(BsonValue value, long min, long max, String target) throws SQLException {
        long result;
        if (value.isInt32() || value.isInt64()) {
            result = value.asNumber().longValue();
        } else {
            BigDecimal decimal = decimal(value);
            try {
                result = decimal.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
            } catch (ArithmeticException e) {
                throw conversion(value, target);
            }
        }
        if (result < min || result > max) {
            throw new SQLDataException("Value " + result + " is out of range for " + target, "22003");
        }
        return result;
    }

    public static boolean booleanValue(BsonValue value) throws SQLException {
        switch (value.getBsonType()) {
            case BOOLEAN:
                return value.asBoolean().getValue();
            case INT32:
            case INT64:
            case DOUBLE:
            case DECIMAL128:
                return decimal(value).signum() != 0;
            case STRING:
                String text = value.asString().getValue().trim();
                if (text.equalsIgnoreCase("true") || text.equals("1")) {
                    return true;
                }
                if (text.equalsIgnoreCase("false") || text.equals("0")) {
                    return false;
                }
                throw conversion(value, "BOOLEAN");
            default:
                throw conversion(value, "BOOLEAN");
        }
    }

    public static long epochMillis(BsonValue value) throws SQLException {
        switch (value.getBsonType()) {
            case DATE_TIME:
                return value.asDateTime().getValue();
            case TIMESTAMP:
                return value.asTimestamp().getTime() * 1000L;
            case OBJECT_ID:
                return value.asObjectId().getValue().getTimestamp() * 1000L;
            case STRING:
                try {
                    return Instant.parse(value.asString().getValue().trim()).toEpochMilli();
                } catch (java.time.format.DateTimeParseException e) {
                    try {
                        return Timestamp.valueOf(value.asString().getValue().trim()).getTime();
                    } catch (IllegalArgumentException notJdbcFormat) {
                        throw conversion(value, "TIMESTAMP");
                    }
                }
            default:
                throw conversion(value, "TIMESTAMP");
        }
    }

    public static byte[] bytes(BsonValue value) throws SQLException {
        if (value.isBinary()) {
            return value.asBinary().getData();
        }
        if (value.isObjectId()) {
            return value.asObjectId().getValue().toByteArray();
        }
        throw conversion(value, "BINARY");
    }

    /** The natural Java value of a BSON value, recursively for documents (Map) and arrays (List). */
    public static Object natural(BsonValue value) {
        switch (value.getBsonType()) {
            case NULL:
            case UNDEFINED:
                return null;
            case INT32:
                return value.asInt32().getValue();
            case INT64:
                return value.asInt64().getValue();
            case DOUBLE:
                return value.asDouble().getValue();
            case DECIMAL128:
                return value.asDecimal128().getValue().isFinite() ? value.asDecimal128().getValue().bigDecimalValue()
                        : value.asDecimal128().getValue();
            case BOOLEAN:
                return value.asBoolean().getValue();
            case STRING:
                return value.asString().getValue();
            case OBJECT_ID:
                return value.asObjectId().getValue();
            case DATE_TIME:
                return new Timestamp(value.asDateTime().getValue());
            case BINARY:
                return value.asBinary().getData();
            case DOCUMENT:
                Map<String, Object> map = new LinkedHashMap<>();
                value.asDocument().forEach((key, element) -> map.put(key, natural(element)));
                return map;
            case ARRAY:
                List<Object> list = new ArrayList<>();
                for (BsonValue element : value.asArray()) {
                    list.add(natural(element));
                }
                return list;
            default:
                return string(value);
        }
    }

    /**
     * {@code getObject}: the value as the column's declared type, so that one column yields one Java class even when
     * documents disagree (an int32 in a BIGINT column is a Long; anything in a widened VARCHAR column is text).
     */
    public static Object asColumnType(BsonValue value, BsonType columnType) throws SQLException {
        if (value.isNull() || value.getBsonType() == BsonType.UNDEFINED) {
            return null;
        }
        if (columnType == null || columnType == value.getBsonType()) {
            return natural(value);
        }
        switch (columnType) {
            case INT64:
                return value.isNumber() ? value.asNumber().longValue() : natural(value);
            case DOUBLE:
                return value.isNumber() ? value.asNumber().doubleValue() : natural(value);
            case DECIMAL128:
                return value.isNumber() || value.isDecimal128() ? decimal(value) : natural(value);
            case DATE_TIME:
                return value.isTimestamp() ? new Timestamp(epochMillis(value)) : natural(value);
            case STRING:
                return string(value);
            default:
                return natural(value);
        }
    }

    static SQLDataException conversion(BsonValue value, String target) {
        String shown = value.isString() ? "'" + abbreviate(value.asString().getValue()) + "'" : value.getBsonType().toString();
        return new SQLDataException("Cannot convert " + value.getBsonType() + " value " + shown + " to " + target, "22018");
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
