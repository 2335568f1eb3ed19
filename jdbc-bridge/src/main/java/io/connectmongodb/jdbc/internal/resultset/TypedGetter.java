package io.connectmongodb.jdbc.internal.resultset;

import io.connectmongodb.jdbc.internal.types.ValueReader;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code getObject(column, Class)}: the JDBC 4.1 typed getter, including the java.time types (read as UTC). */
final class TypedGetter {

    private TypedGetter() {
    }

    static <T> T get(MongoResultSet resultSet, int columnIndex, Class<T> type) throws SQLException {
        BsonValue value = resultSet.getBsonValue(columnIndex);
        if (value == null) {
            return null;
        }
        Object converted;
        if (type == String.class) {
            converted = ValueReader.string(value);
        } else if (type == Integer.class) {
            converted = resultSet.getInt(columnIndex);
        } else if (type == Long.class) {
            converted = resultSet.getLong(columnIndex);
        } else if (type == Short.class) {
            converted = resultSet.getShort(columnIndex);
        } else if (type == Byte.class) {
            converted = resultSet.getByte(columnIndex);
        } else if (type == Double.class) {
            converted = resultSet.getDouble(columnIndex);
        } else if (type == Float.class) {
            converted = resultSet.getFloat(columnIndex);
        } else if (type == BigDecimal.class) {
            converted = ValueReader.decimal(value);
        } else if (type == Boolean.class) {
            converted = ValueReader.booleanValue(value);
        } else if (type == byte[].class) {
            converted = ValueReader.bytes(value);
        } else if (type == Timestamp.class) {
            converted = new Timestamp(ValueReader.epochMillis(value));
        } else if (type == Date.class) {
            converted = new Date(ValueReader.epochMillis(value));
        } else if (type == Time.class) {
            converted = new Time(ValueReader.epochMillis(value));
        } else if (type == java.util.Date.class) {
            converted = new java.util.Date(ValueReader.epochMillis(value));
        } else if (type == Instant.class) {
            converted = Instant.ofEpochMilli(ValueReader.epochMillis(value));
        } else if (type == LocalDateTime.class) {
            converted = LocalDateTime.ofInstant(Instant.ofEpochMilli(ValueReader.epochMillis(value)), ZoneOffset.UTC);
        } else if (type == LocalDate.class) {
            converted = LocalDate.ofInstant(Instant.ofEpochMilli(ValueReader.epochMillis(value)), ZoneOffset.UTC);
        } else if (type == OffsetDateTime.class) {
            converted = OffsetDateTime.ofInstant(Instant.ofEpochMilli(ValueReader.epochMillis(value)), ZoneOffset.UTC);
        } else if (type == ObjectId.class && value.isObjectId()) {
            converted = value.asObjectId().getValue();
        } else if (type == UUID.class && value.isBinary()) {
            converted = value.asBinary().asUuid();
        } else if ((type == Map.class && value.isDocument()) || (type == List.class && value.isArray())) {
            converted = ValueReader.natural(value);
        } else if (type.isInstance(value)) {
            converted = value;
        } else if (type == Object.class) {
            converted = resultSet.getObject(columnIndex);
        } else {
            throw new SQLFeatureNotSupportedException("Cannot read a " + value.getBsonType() + " value as " + type.getName(), "0A000");
        }
        return type.cast(converted);
    }
}
