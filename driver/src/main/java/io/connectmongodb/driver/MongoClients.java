package io.connectmongodb.driver;

import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.internal.auth.AuthCredential;
import io.connectmongodb.driver.internal.client.MongoClientImpl;
import io.connectmongodb.driver.internal.compression.CompressionSettings;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.SingleServerConnectionSource;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.connection.TlsSettings;
import io.connectmongodb.driver.internal.validation.Arguments;

/**
 * Creates {@link MongoClient}s. Connections are opened lazily, on the first operation.
 *
 * <p>Only single-server deployments are supported until the topology layer exists: settings with
 * more than one host fail with {@link MongoUnsupportedFeatureException} instead of quietly using
 * one of them.
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
        if (settings.getHosts().size() > 1) {
            throw new MongoUnsupportedFeatureException("multi-host deployments need the topology layer, which is not available yet; "
                    + "connect to a single host instead of " + settings.getHosts());
        }
        ConnectionSettings connectionSettings = new ConnectionSettings(settings.getConnectTimeoutMS(),
                settings.getSocketTimeoutMS(), settings.getApplicationName(), authCredential(settings.getCredential()),
                tlsSettings(settings.getTls()))
                .withCompression(new CompressionSettings(settings.getCompressors(), settings.getZlibCompressionLevel()));
        SingleServerConnectionSource source = new SingleServerConnectionSource(settings.getHosts().get(0),
                new SocketConnectionFactory(connectionSettings));
        return new MongoClientImpl(settings, source);
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
