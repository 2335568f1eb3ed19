package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.jdbc.internal.types.JdbcType;
import org.bson.BsonValue;

import java.sql.ParameterMetaData;
import java.sql.SQLException;

/**
 * Parameter metadata. MongoDB collections have no declared column types, so a parameter's type is the type of the
 * value bound to it so far (VARCHAR while unbound); every parameter is an IN parameter and may be null.
 */
final class MongoParameterMetaData implements ParameterMetaData {

    private final BsonValue[] values;

    MongoParameterMetaData(BsonValue[] values) {
        this.values = values;
    }

    private JdbcType type(int param) throws SQLException {
        if (param < 1 || param > values.length) {
            throw new SQLException("Parameter index " + param + " is out of range 1.." + values.length, "07009");
        }
        BsonValue value = values[param - 1];
        return JdbcType.of(value == null || value.isNull() ? null : value.getBsonType());
    }

    @Override
    public int getParameterCount() {
        return values.length;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        type(param);
        return parameterNullable;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        int sqlType = type(param).sqlType();
        return sqlType == java.sql.Types.INTEGER || sqlType == java.sql.Types.BIGINT || sqlType == java.sql.Types.DOUBLE
                || sqlType == java.sql.Types.DECIMAL;
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        return type(param).precision();
    }

    @Override
    public int getScale(int param) throws SQLException {
        return type(param).scale();
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        return type(param).sqlType();
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        return type(param).typeName();
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        return type(param).className();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
