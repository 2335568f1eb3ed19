package io.connectmongodb.jdbc.internal.connection;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;

/**
 * The parts of {@link Connection} MongoDB has no counterpart for: stored procedures, LOB locators, SQL structured
 * types and savepoints. Each throws {@link SQLFeatureNotSupportedException} saying why.
 */
abstract class ConnectionUnsupportedFeatures implements Connection {

    private static SQLFeatureNotSupportedException unsupported(String feature, String reason) {
        return new SQLFeatureNotSupportedException(feature + " is not supported by the MongoDB JDBC bridge: " + reason, "0A000");
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw unsupported("prepareCall", "MongoDB has no stored procedures");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        throw unsupported("prepareCall", "MongoDB has no stored procedures");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        throw unsupported("prepareCall", "MongoDB has no stored procedures");
    }

    @Override
    public Clob createClob() throws SQLException {
        throw unsupported("createClob", "strings are plain values; use setString");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw unsupported("createBlob", "binary data is a plain value; use setBytes");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw unsupported("createNClob", "strings are plain values; use setString");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw unsupported("createSQLXML", "MongoDB stores no XML type");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw unsupported("createArrayOf", "pass a java.util.List or Object[] to setObject instead");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw unsupported("createStruct", "pass a java.util.Map to setObject instead");
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw unsupported("setSavepoint", "MongoDB transactions have no savepoints");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        throw unsupported("setSavepoint", "MongoDB transactions have no savepoints");
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        throw unsupported("rollback(Savepoint)", "MongoDB transactions have no savepoints");
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw unsupported("releaseSavepoint", "MongoDB transactions have no savepoints");
    }
}
