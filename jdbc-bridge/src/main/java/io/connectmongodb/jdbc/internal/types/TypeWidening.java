package io.connectmongodb.jdbc.internal.types;

import org.bson.BsonType;

import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a column whose values have different BSON types in different documents:
 * <ul>
 * <li>null and undefined do not count (a column that is only null is reported as STRING/VARCHAR);</li>
 * <li>int32 with int64 widens to int64; either with double to double; any number with decimal128 to decimal128;</li>
 * <li>date with the internal timestamp widens to date;</li>
 * <li>any other mix widens to string (VARCHAR): every value can be read as text, documents and arrays as JSON.</li>
 * </ul>
 */
public final class TypeWidening {

    private static final Set<BsonType> NUMBERS = EnumSet.of(BsonType.INT32, BsonType.INT64, BsonType.DOUBLE, BsonType.DECIMAL128);

    private TypeWidening() {
    }

    /** @param current the type so far, or {@code null} when no non-null value was seen */
    public static BsonType widen(BsonType current, BsonType next) {
        if (next == null || next == BsonType.NULL || next == BsonType.UNDEFINED) {
            return current;
        }
        if (current == null || current == next) {
            return next;
        }
        if (NUMBERS.contains(current) && NUMBERS.contains(next)) {
            return rank(current) >= rank(next) ? current : next;
        }
        if ((current == BsonType.DATE_TIME || current == BsonType.TIMESTAMP)
                && (next == BsonType.DATE_TIME || next == BsonType.TIMESTAMP)) {
            return BsonType.DATE_TIME;
        }
        return BsonType.STRING;
    }

    private static int rank(BsonType number) {
        switch (number) {
            case INT32:
                return 0;
            case INT64:
                return 1;
            case DOUBLE:
                return 2;
            default:
                return 3;
        }
    }
}
