package io.connectmongodb.driver;

import io.connectmongodb.driver.internal.client.MongoClientImpl;
import io.connectmongodb.driver.internal.cluster.Cluster;
import io.connectmongodb.driver.internal.cluster.ClusterFactory;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.validation.Arguments;

/**
 * Creates {@link MongoClient}s. Every client runs over a cluster: it starts monitoring the hosts at
 * once (one background thread per server) and opens operation connections lazily, from one pool
 * per server. One host is discovered by the SDAM rules (a standalone becomes a Single topology, a
 * mongos a Sharded one); several hosts form a replica set or a set of mongos routers; with
 * {@code directConnection=true} only the single host is used.
 */
public final class MongoClients {
    private MongoClients() {
    }

    /** A client for a connection string such as {@code mongodb://localhost:27017/?appName=app}. */
    public static MongoClient create(String connectionString) {
        Arguments.notNull("connectionString", connectionString);
        return create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(connectionString)).build());
    }

    public static MongoClient create(MongoClientSettings settings) {
        Arguments.notNull("settings", settings);
        ConnectionSettings connectionSettings = new ConnectionSettings(settings.getConnectTimeoutMS(),
                settings.getSocketTimeoutMS(), settings.getApplicationName());
        // monitors never authenticate, and a check may block at most connectTimeoutMS (SDAM)
        ConnectionSettings monitoringSettings = new ConnectionSettings(settings.getConnectTimeoutMS(),
                settings.getConnectTimeoutMS(), settings.getApplicationName());
        Cluster cluster = ClusterFactory.start(settings, new SocketConnectionFactory(connectionSettings),
                new SocketConnectionFactory(monitoringSettings));
        return new MongoClientImpl(settings, cluster);
    }
}
