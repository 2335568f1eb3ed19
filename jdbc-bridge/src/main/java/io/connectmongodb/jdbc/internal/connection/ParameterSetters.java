package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.jdbc.internal.types.ParameterConverter;
import org.bson.BsonBinary;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * The {@code set*} methods of {@link PreparedStatement}: each converts its Java value with {@link ParameterConverter}
 * and binds the resulting BSON value; streams are read fully (a parameter is one BSON value). Calendars are ignored:
 * dates are instants, stored in UTC.
 */
abstract class ParameterSetters extends MongoStatement implements PreparedStatement {

    ParameterSetters(MongoConnection connection) {
        super(connection);
    }

    /** Binds parameter {@code index} (1-based). */
    abstract void bind(int index, BsonValue value) throws SQLException;

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        bind(index, BsonNull.VALUE);
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        bind(index, BsonNull.VALUE);
    }

    @Override
    public void setBoolean(int index, boolean x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setByte(int index, byte x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setShort(int index, short x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setInt(int index, int x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setLong(int index, long x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setFloat(int index, float x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setDouble(int index, double x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setBigDecimal(int index, BigDecimal x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setString(int index, String x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setNString(int index, String x) throws SQLException {
        setString(index, x);
    }

    @Override
    public void setBytes(int index, byte[] x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setDate(int index, Date x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setDate(int index, Date x, Calendar calendar) throws SQLException {
        setDate(index, x);
    }

    @Override
    public void setTime(int index, Time x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setTime(int index, Time x, Calendar calendar) throws SQLException {
        setTime(index, x);
    }

    @Override
    public void setTimestamp(int index, Timestamp x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setTimestamp(int index, Timestamp x, Calendar calendar) throws SQLException {
        setTimestamp(index, x);
    }

    @Override
    public void setObject(int index, Object x) throws SQLException {
        bind(index, ParameterConverter.toBson(x));
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        bind(index, ParameterConverter.toBson(x, targetSqlType));
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        setObject(index, x, targetSqlType);
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException {
        if (targetSqlType.getVendorTypeNumber() == null) {
            throw new SQLFeatureNotSupportedException("SQL type " + targetSqlType.getName() + " has no JDBC type number", "0A000");
        }
        setObject(index, x, targetSqlType.getVendorTypeNumber());
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        setObject(index, x, targetSqlType);
    }

    @Override
    public void setAsciiStream(int index, InputStream x) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : new BsonString(new String(readAll(x), StandardCharsets.US_ASCII)));
    }

    @Override
    public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        setAsciiStream(index, x);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        setAsciiStream(index, x);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : new BsonString(new String(readAll(x), StandardCharsets.UTF_16BE)));
    }

    @Override
    public void setBinaryStream(int index, InputStream x) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : new BsonBinary(readAll(x)));
    }

    @Override
    public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        setBinaryStream(index, x);
    }

    @Override
    public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        setBinaryStream(index, x);
    }

    @Override
    public void setCharacterStream(int index, Reader reader) throws SQLException {
        bind(index, reader == null ? BsonNull.VALUE : new BsonString(readAll(reader)));
    }

    @Override
    public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setNCharacterStream(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setNCharacterStream(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setBlob(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x);
    }

    @Override
    public void setBlob(int index, InputStream x, long length) throws SQLException {
        setBinaryStream(index, x);
    }

    @Override
    public void setBlob(int index, Blob x) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : new BsonBinary(x.getBytes(1, (int) x.length())));
    }

    @Override
    public void setClob(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setClob(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setClob(int index, Clob x) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : new BsonString(x.getSubString(1, (int) x.length())));
    }

    @Override
    public void setNClob(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setNClob(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setNClob(int index, NClob x) throws SQLException {
        setClob(index, x);
    }

    @Override
    public void setArray(int index, Array x) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : ParameterConverter.toBson(x.getArray()));
    }

    @Override
    public void setRef(int index, Ref x) throws SQLException {
        throw new SQLFeatureNotSupportedException("REF parameters are not supported: MongoDB has no SQL REF type", "0A000");
    }

    @Override
    public void setRowId(int index, RowId x) throws SQLException {
        throw new SQLFeatureNotSupportedException("ROWID parameters are not supported: use the _id value", "0A000");
    }

    @Override
    public void setSQLXML(int index, SQLXML x) throws SQLException {
        throw new SQLFeatureNotSupportedException("SQLXML parameters are not supported: MongoDB has no XML type", "0A000");
    }

    @Override
    public void setURL(int index, URL x) throws SQLException {
        bind(index, x == null ? BsonNull.VALUE : new BsonString(x.toExternalForm()));
    }

    private static byte[] readAll(InputStream input) throws SQLException {
        try {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new SQLException("Cannot read the parameter stream: " + e.getMessage(), "HY000", e);
        }
    }

    private static String readAll(Reader reader) throws SQLException {
        try {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new SQLException("Cannot read the parameter reader: " + e.getMessage(), "HY000", e);
        }
    }
}
