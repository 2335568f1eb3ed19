package io.connectmongodb.jdbc.internal.resultset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * Bridge result sets are read-only and forward-only: every update method and every movement but {@code next} throws
 * {@link SQLFeatureNotSupportedException}. Mechanical on purpose.
 */
abstract class ResultSetUpdatesRefused implements ResultSet {

    static SQLFeatureNotSupportedException readOnly() {
        return new SQLFeatureNotSupportedException("MongoDB JDBC result sets are read-only (CONCUR_READ_ONLY): use UPDATE statements", "0A000");
    }

    static SQLFeatureNotSupportedException forwardOnly(String method) {
        return new SQLFeatureNotSupportedException(method + " is not supported: MongoDB JDBC result sets are TYPE_FORWARD_ONLY cursors", "0A000");
    }

    @Override
    public boolean absolute(int arg0) throws SQLException {
        throw forwardOnly("absolute");
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly("first");
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly("last");
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly("previous");
    }

    @Override
    public boolean relative(int arg0) throws SQLException {
        throw forwardOnly("relative");
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        throw readOnly();
    }

    @Override
    public boolean rowInserted() throws SQLException {
        throw readOnly();
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        throw readOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly("afterLast");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly("beforeFirst");
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(int arg0, java.sql.Array arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(java.lang.String arg0, java.sql.Array arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int arg0, java.io.InputStream arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(java.lang.String arg0, java.io.InputStream arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(java.lang.String arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(java.lang.String arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(int arg0, java.math.BigDecimal arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(java.lang.String arg0, java.math.BigDecimal arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int arg0, java.io.InputStream arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(java.lang.String arg0, java.io.InputStream arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(java.lang.String arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(java.lang.String arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int arg0, java.io.InputStream arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int arg0, java.sql.Blob arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(java.lang.String arg0, java.io.InputStream arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(java.lang.String arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(java.lang.String arg0, java.sql.Blob arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(int arg0, boolean arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(java.lang.String arg0, boolean arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(int arg0, byte arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(java.lang.String arg0, byte arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(int arg0, byte[] arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(java.lang.String arg0, byte[] arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int arg0, java.io.Reader arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(java.lang.String arg0, java.io.Reader arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int arg0, java.sql.Clob arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(java.lang.String arg0, java.sql.Clob arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(int arg0, java.sql.Date arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(java.lang.String arg0, java.sql.Date arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(int arg0, double arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(java.lang.String arg0, double arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(int arg0, float arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(java.lang.String arg0, float arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(int arg0, int arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(java.lang.String arg0, int arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(int arg0, long arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(java.lang.String arg0, long arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int arg0, java.sql.NClob arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(java.lang.String arg0, java.sql.NClob arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(int arg0, java.lang.String arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(java.lang.String arg0, java.lang.String arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(int arg0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(java.lang.String arg0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1, java.sql.SQLType arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1, java.sql.SQLType arg2, int arg3) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1, int arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1, java.sql.SQLType arg2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1, java.sql.SQLType arg2, int arg3) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(int arg0, java.sql.Ref arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(java.lang.String arg0, java.sql.Ref arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(int arg0, java.sql.RowId arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(java.lang.String arg0, java.sql.RowId arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(int arg0, java.sql.SQLXML arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(java.lang.String arg0, java.sql.SQLXML arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(int arg0, short arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(java.lang.String arg0, short arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(int arg0, java.lang.String arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(java.lang.String arg0, java.lang.String arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(int arg0, java.sql.Time arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(java.lang.String arg0, java.sql.Time arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(int arg0, java.sql.Timestamp arg1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(java.lang.String arg0, java.sql.Timestamp arg1) throws SQLException {
        throw readOnly();
    }
}
