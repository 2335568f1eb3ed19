package io.connectmongodb.jdbc;

import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.jdbc.internal.connection.BridgeProperty;
import io.connectmongodb.jdbc.internal.connection.ClientRegistry;
import io.connectmongodb.jdbc.internal.connection.JdbcUrl;
import io.connectmongodb.jdbc.internal.connection.MongoConnection;
import io.connectmongodb.jdbc.internal.connection.SharedClient;
import io.connectmongodb.jdbc.internal.connection.SqlExceptions;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:mongodb://host[:port][,...]/database[?options]} and {@code jdbc:mongodb+srv://...}
 * URLs, registered with {@link DriverManager} through {@code META-INF/services/java.sql.Driver}.
 *
 * <p>Every query option of the URL is a driver option passed through to the connection string, except the bridge's
 * own properties ({@code sampleSize}, {@code fetchSize}, {@code readOnly}, {@code schemaCacheTtlSeconds},
 * {@code database}, {@code user}, {@code password}: see {@link #getPropertyInfo}), which may also be given as
 * {@link Properties}. Connections with the same URL and credentials share one driver client and its connection pool;
 * the client is closed when its last JDBC connection closes.
 */
public final class MongoDriver implements Driver {

    private static final MongoDriver INSTANCE = new MongoDriver();

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ClientRegistry clients;

    public MongoDriver() {
        this(new ClientRegistry(MongoClients::create));
    }

    MongoDriver(ClientRegistry clients) {
        this.clients = clients;
    }

    /**
     * Opens a connection, or returns {@code null} for a URL of another driver. Wrong credentials fail with SQLState
     * 28000, an unreachable server with 08001; messages never contain the password.
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        JdbcUrl parsed = JdbcUrl.parse(url, info);
        String password = info == null ? null : info.getProperty(BridgeProperty.PASSWORD.key());
        String secret = password != null ? password : passwordInUrl(parsed.connectionString());
        SharedClient shared;
        try {
            shared = clients.acquire(parsed.connectionString(), parsed.settings().schemaCacheTtl(), parsed.settings().sampleSize());
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
        MongoConnection connection = new MongoConnection(clients, shared, parsed, secret);
        try {
            connection.verify();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String passwordInUrl(String connectionString) {
        int start = connectionString.indexOf("://") + 3;
        int at = connectionString.indexOf('@', start);
        int colon = connectionString.indexOf(':', start);
        if (at < 0 || colon < 0 || colon > at) {
            return null;
        }
        return java.net.URLDecoder.decode(connectionString.substring(colon + 1, at), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The number of driver clients the registered driver holds open (shared by its connections); for tests. */
    static int openClients() {
        return INSTANCE.clients.openClients();
    }

    @Override
    public boolean acceptsURL(String url) {
        return JdbcUrl.accepts(url);
    }

    /** Describes the bridge's properties with their current values (the password's value is never echoed). */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        List<DriverPropertyInfo> properties = new ArrayList<>();
        for (BridgeProperty property : BridgeProperty.values()) {
            String value = info == null ? null : info.getProperty(property.key());
            properties.add(property.info(value));
        }
        return properties.toArray(new DriverPropertyInfo[0]);
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    /** Not JDBC compliant in the specification's sense: SQL is translated to MongoDB, not run by an SQL engine. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The bridge logs through System.Logger, not java.util.logging", "0A000");
    }
}
