package io.connectmongodb.jdbc.internal.resultset;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The by-label getters of a result set delegate to the by-index ones through {@link #findColumn(String)}; JDBC types
 * with no MongoDB counterpart (Ref, RowId, SQLXML, LOB locators, URL) are refused. Mechanical on purpose.
 */
abstract class ReadOnlyResultSetBase extends ResultSetUpdatesRefused {

    @Override
    public <T> T getObject(java.lang.String arg0, java.lang.Class<T> arg1) throws SQLException {
        return getObject(findColumn(arg0), arg1);
    }

    @Override
    public boolean getBoolean(java.lang.String arg0) throws SQLException {
        return getBoolean(findColumn(arg0));
    }

    @Override
    public byte getByte(java.lang.String arg0) throws SQLException {
        return getByte(findColumn(arg0));
    }

    @Override
    public byte[] getBytes(java.lang.String arg0) throws SQLException {
        return getBytes(findColumn(arg0));
    }

    @Override
    public double getDouble(java.lang.String arg0) throws SQLException {
        return getDouble(findColumn(arg0));
    }

    @Override
    public float getFloat(java.lang.String arg0) throws SQLException {
        return getFloat(findColumn(arg0));
    }

    @Override
    public int getInt(java.lang.String arg0) throws SQLException {
        return getInt(findColumn(arg0));
    }

    @Override
    public java.io.InputStream getAsciiStream(java.lang.String arg0) throws SQLException {
        return getAsciiStream(findColumn(arg0));
    }

    @Override
    public java.io.InputStream getBinaryStream(java.lang.String arg0) throws SQLException {
        return getBinaryStream(findColumn(arg0));
    }

    @Override
    public java.io.InputStream getUnicodeStream(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getUnicodeStream is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.io.InputStream getUnicodeStream(java.lang.String arg0) throws SQLException {
        return getUnicodeStream(findColumn(arg0));
    }

    @Override
    public java.io.Reader getCharacterStream(java.lang.String arg0) throws SQLException {
        return getCharacterStream(findColumn(arg0));
    }

    @Override
    public java.io.Reader getNCharacterStream(java.lang.String arg0) throws SQLException {
        return getNCharacterStream(findColumn(arg0));
    }

    @Override
    public java.lang.Object getObject(java.lang.String arg0) throws SQLException {
        return getObject(findColumn(arg0));
    }

    @Override
    public java.lang.Object getObject(java.lang.String arg0, java.util.Map<java.lang.String, java.lang.Class<?>> arg1) throws SQLException {
        return getObject(findColumn(arg0), arg1);
    }

    @Override
    public java.lang.String getCursorName() throws SQLException {
        throw new SQLFeatureNotSupportedException("getCursorName is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.lang.String getNString(java.lang.String arg0) throws SQLException {
        return getNString(findColumn(arg0));
    }

    @Override
    public java.lang.String getString(java.lang.String arg0) throws SQLException {
        return getString(findColumn(arg0));
    }

    @Override
    public java.math.BigDecimal getBigDecimal(java.lang.String arg0) throws SQLException {
        return getBigDecimal(findColumn(arg0));
    }

    @Override
    public java.math.BigDecimal getBigDecimal(java.lang.String arg0, int arg1) throws SQLException {
        return getBigDecimal(findColumn(arg0), arg1);
    }

    @Override
    public java.net.URL getURL(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getURL is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.net.URL getURL(java.lang.String arg0) throws SQLException {
        return getURL(findColumn(arg0));
    }

    @Override
    public java.sql.Array getArray(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getArray is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.Array getArray(java.lang.String arg0) throws SQLException {
        return getArray(findColumn(arg0));
    }

    @Override
    public java.sql.Blob getBlob(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getBlob is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.Blob getBlob(java.lang.String arg0) throws SQLException {
        return getBlob(findColumn(arg0));
    }

    @Override
    public java.sql.Clob getClob(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getClob is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.Clob getClob(java.lang.String arg0) throws SQLException {
        return getClob(findColumn(arg0));
    }

    @Override
    public java.sql.Date getDate(java.lang.String arg0) throws SQLException {
        return getDate(findColumn(arg0));
    }

    @Override
    public java.sql.Date getDate(java.lang.String arg0, java.util.Calendar arg1) throws SQLException {
        return getDate(findColumn(arg0), arg1);
    }

    @Override
    public java.sql.NClob getNClob(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getNClob is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.NClob getNClob(java.lang.String arg0) throws SQLException {
        return getNClob(findColumn(arg0));
    }

    @Override
    public java.sql.Ref getRef(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getRef is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.Ref getRef(java.lang.String arg0) throws SQLException {
        return getRef(findColumn(arg0));
    }

    @Override
    public java.sql.RowId getRowId(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getRowId is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.RowId getRowId(java.lang.String arg0) throws SQLException {
        return getRowId(findColumn(arg0));
    }

    @Override
    public java.sql.SQLXML getSQLXML(int arg0) throws SQLException {
        throw new SQLFeatureNotSupportedException("getSQLXML is not supported: MongoDB values have no such JDBC representation", "0A000");
    }

    @Override
    public java.sql.SQLXML getSQLXML(java.lang.String arg0) throws SQLException {
        return getSQLXML(findColumn(arg0));
    }

    @Override
    public java.sql.Time getTime(java.lang.String arg0) throws SQLException {
        return getTime(findColumn(arg0));
    }

    @Override
    public java.sql.Time getTime(java.lang.String arg0, java.util.Calendar arg1) throws SQLException {
        return getTime(findColumn(arg0), arg1);
    }

    @Override
    public java.sql.Timestamp getTimestamp(java.lang.String arg0) throws SQLException {
        return getTimestamp(findColumn(arg0));
    }

    @Override
    public java.sql.Timestamp getTimestamp(java.lang.String arg0, java.util.Calendar arg1) throws SQLException {
        return getTimestamp(findColumn(arg0), arg1);
    }

    @Override
    public long getLong(java.lang.String arg0) throws SQLException {
        return getLong(findColumn(arg0));
    }

    @Override
    public short getShort(java.lang.String arg0) throws SQLException {
        return getShort(findColumn(arg0));
    }

}
