package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.schema.Column;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Turns constant SQL expressions (literals, {@code ?} parameters, {@code {d ...}}/{@code {ts ...}} escapes, signed
 * numbers) into BSON values. Dates and timestamps are read as UTC, the zone MongoDB stores dates in.
 */
final class Literals {

    private Literals() {
    }

    /** The constant's value, or empty when the expression is not a constant. */
    static Optional<BsonValue> constant(Expression expression, Parameters parameters) throws SQLException {
        expression = Parentheses.strip(expression);
        if (expression instanceof JdbcParameter parameter) {
            if (parameter.getIndex() == null) {
                throw new SQLException("Parameter marker without an index: " + parameter, "07001");
            }
            return Optional.of(parameters.get(parameter.getIndex()));
        }
        if (expression instanceof StringValue string) {
            return Optional.of(new BsonString(string.getNotExcapedValue()));
        }
        if (expression instanceof LongValue number) {
            return Optional.of(integer(number));
        }
        if (expression instanceof DoubleValue number) {
            return Optional.of(new BsonDouble(number.getValue()));
        }
        if (expression instanceof NullValue) {
            return Optional.of(BsonNull.VALUE);
        }
        if (expression instanceof BooleanValue bool) {
            return Optional.of(BsonBoolean.valueOf(bool.getValue()));
        }
        if (expression instanceof Column column && column.getTable() == null && column.getArrayConstructor() == null) {
            String name = column.getColumnName();
            if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false")) {
                return Optional.of(BsonBoolean.valueOf(Boolean.parseBoolean(name.toLowerCase())));
            }
        }
        if (expression instanceof DateValue date) {
            LocalDate day = date.getValue().toLocalDate();
            return Optional.of(new BsonDateTime(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
        }
        if (expression instanceof TimestampValue timestamp) {
            LocalDateTime time = timestamp.getValue().toLocalDateTime();
            return Optional.of(new BsonDateTime(time.toInstant(ZoneOffset.UTC).toEpochMilli()));
        }
        if (expression instanceof SignedExpression signed && signed.getSign() == '-') {
            Optional<BsonValue> inner = constant(signed.getExpression(), parameters);
            if (inner.isPresent()) {
                return Optional.of(negate(inner.get(), expression));
            }
        }
        if (expression instanceof SignedExpression signed && signed.getSign() == '+') {
            return constant(signed.getExpression(), parameters);
        }
        return Optional.empty();
    }

    private static BsonValue integer(LongValue number) {
        String text = number.getStringValue();
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return new BsonDecimal128(new Decimal128(value));
        }
        long longValue = value.longValueExact();
        return longValue == (int) longValue ? new BsonInt32((int) longValue) : new BsonInt64(longValue);
    }

    private static BsonValue negate(BsonValue value, Expression where) throws SQLException {
        switch (value.getBsonType()) {
            case INT32:
                return new BsonInt32(-value.asInt32().getValue());
            case INT64:
                return new BsonInt64(-value.asInt64().getValue());
            case DOUBLE:
                return new BsonDouble(-value.asDouble().getValue());
            case DECIMAL128:
                return new BsonDecimal128(new Decimal128(value.asDecimal128().getValue().bigDecimalValue().negate()));
            default:
                throw new SQLException("Cannot negate a " + value.getBsonType() + " value in " + where, "22018");
        }
    }
}
