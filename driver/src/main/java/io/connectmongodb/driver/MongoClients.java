package io.connectmongodb.driver;

import io.connectmongodb.driver.internal.auth.AuthCredential;
import io.connectmongodb.driver.internal.client.MongoClientImpl;
import io.connectmongodb.driver.internal.compression.CompressionSettings;
import io.connectmongodb.driver.internal.cluster.Cluster;
import io.connectmongodb.driver.internal.cluster.ClusterFactory;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.connection.TlsSettings;
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
                settings.getSocketTimeoutMS(), settings.getApplicationName(), authCredential(settings.getCredential()),
                tlsSettings(settings.getTls()))
                .withCompression(new CompressionSettings(settings.getCompressors(), settings.getZlibCompressionLevel()));
        // monitors never authenticate (same TLS and compression), and a check may block at most connectTimeoutMS (SDAM)
        ConnectionSettings monitoringSettings = new ConnectionSettings(settings.getConnectTimeoutMS(),
                settings.getConnectTimeoutMS(), settings.getApplicationName()).withTls(connectionSettings.tls())
                .withCompression(connectionSettings.compression());
        Cluster cluster = ClusterFactory.start(settings, new SocketConnectionFactory(connectionSettings),
                new SocketConnectionFactory(monitoringSettings));
        return new MongoClientImpl(settings, cluster);
    }

    /** The connection layer's credential; refuses mechanisms other than SCRAM before connecting. */
    private static AuthCredential authCredential(MongoCredential credential) {
        if (credential == null) {
            return null;
        }
        char[] password = credential.password();
        try {
            return AuthCredential.of(credential.username(), credential.source(), password, credential.mechanismName());
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    private static TlsSettings tlsSettings(TlsOptions tls) {
        if (!tls.isEnabled()) {
            return TlsSettings.disabled();
        }
        char[] password = tls.getCertificateKeyFilePassword();
        try {
            return new TlsSettings(true, tls.getCaFile(), tls.getCertificateKeyFile(), password,
                    tls.isAllowInvalidHostnames(), tls.isAllowInvalidCertificates(), tls.getSslContext());
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }
}
