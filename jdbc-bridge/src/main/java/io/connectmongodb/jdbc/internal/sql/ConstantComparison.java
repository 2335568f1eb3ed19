package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonValue;

import java.math.BigDecimal;
import java.sql.SQLException;

/**
 * Evaluates a comparison between two constants at planning time ({@code WHERE 1 <> 1}, {@code WHERE 1 = 1}, the probes
 * BI tools send). A NULL operand makes the comparison unknown, that is not true.
 */
final class ConstantComparison {

    private ConstantComparison() {
    }

    static boolean holds(String mongoOperator, BsonValue left, BsonValue right, Object where) throws SQLException {
        if (left.isNull() || right.isNull()) {
            return false;
        }
        int order = compare(left, right, where);
        switch (mongoOperator) {
            case "$eq":
                return order == 0;
            case "$ne":
                return order != 0;
            case "$gt":
                return order > 0;
            case "$gte":
                return order >= 0;
            case "$lt":
                return order < 0;
            case "$lte":
                return order <= 0;
            default:
                throw new IllegalArgumentException("not a comparison operator: " + mongoOperator);
        }
    }

    private static int compare(BsonValue left, BsonValue right, Object where) throws SQLException {
        if (left.isNumber() || left.isDecimal128() || left.isDouble()) {
            if (right.isNumber() || right.isDecimal128() || right.isDouble()) {
                return decimal(left).compareTo(decimal(right));
            }
        } else if (left.isString() && right.isString()) {
            return left.asString().getValue().compareTo(right.asString().getValue());
        } else if (left.isBoolean() && right.isBoolean()) {
            return Boolean.compare(left.asBoolean().getValue(), right.asBoolean().getValue());
        } else if (left.isDateTime() && right.isDateTime()) {
            return Long.compare(left.asDateTime().getValue(), right.asDateTime().getValue());
        }
        throw new SQLException("Cannot compare " + left.getBsonType() + " with " + right.getBsonType() + " in " + where, "42818");
    }

    private static BigDecimal decimal(BsonValue value) {
        if (value.isDecimal128()) {
            return value.asDecimal128().getValue().bigDecimalValue();
        }
        if (value.isDouble()) {
            return BigDecimal.valueOf(value.asDouble().getValue());
        }
        return BigDecimal.valueOf(value.asNumber().longValue());
    }
}
