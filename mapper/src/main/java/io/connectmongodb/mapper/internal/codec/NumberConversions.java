package io.connectmongodb.mapper.internal.codec;

import java.math.BigDecimal;

import org.bson.BsonReader;
import org.bson.BsonType;

/**
 * Reads any BSON number and narrows it to the Java type of the property, refusing values that
 * would lose information (a fraction into an int, a long beyond the int range...). Documents
 * written by other tools often store small longs as int32 or whole doubles, so exact conversions
 * between number types are accepted.
 */
final class NumberConversions {
    private NumberConversions() {
    }

    static Number readNumber(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        switch (type) {
            case INT32:
                return reader.readInt32();
            case INT64:
                return reader.readInt64();
            case DOUBLE:
                return reader.readDouble();
            case DECIMAL128:
                return reader.readDecimal128().bigDecimalValue();
            default:
                throw new IllegalArgumentException("expected a number but found BSON " + type);
        }
    }

    static long toLong(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return number.longValue();
        }
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(number.doubleValue());
        try {
            return exact.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the number " + number + " is not a whole number in the range of long", e);
        }
    }

    static int toInt(Number number) {
        long value = toLong(number);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the number " + number + " does not fit in an int");
        }
        return (int) value;
    }

    static short toShort(Number number) {
        int value = toInt(number);
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("the number " + number + " does not fit in a short");
        }
        return (short) value;
    }

    static byte toByte(Number number) {
        int value = toInt(number);
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("the number " + number + " does not fit in a byte");
        }
        return (byte) value;
    }

    static double toDouble(Number number) {
        return number.doubleValue();
    }

    static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
