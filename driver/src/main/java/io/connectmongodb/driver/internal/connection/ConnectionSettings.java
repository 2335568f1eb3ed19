package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.internal.auth.AuthCredential;
import io.connectmongodb.driver.internal.compression.CompressionSettings;

/**
 * How connections are opened, secured and authenticated, and how long I/O may block.
 *
 * @param connectTimeoutMS  time allowed to open the socket (and TLS); 0 means no limit
 * @param socketTimeoutMS   time allowed for one read; 0 means no limit
 * @param applicationName   the {@code appname} sent in the handshake metadata, or {@code null}
 * @param credential        who to authenticate as after the handshake, or {@code null} for nobody
 * @param tls               TLS options; {@link TlsSettings#disabled()} for plain sockets
 * @param compression       the compressors to offer; {@link CompressionSettings#none()} for none
 */
public record ConnectionSettings(int connectTimeoutMS, int socketTimeoutMS, String applicationName,
        AuthCredential credential, TlsSettings tls, CompressionSettings compression) {
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

    public ConnectionSettings {
        if (connectTimeoutMS < 0) {
            throw new IllegalArgumentException("connectTimeoutMS must not be negative, was " + connectTimeoutMS);
        }
        if (socketTimeoutMS < 0) {
            throw new IllegalArgumentException("socketTimeoutMS must not be negative, was " + socketTimeoutMS);
        }
        if (tls == null) {
            throw new IllegalArgumentException("tls must not be null (use TlsSettings.disabled())");
        }
        if (compression == null) {
            throw new IllegalArgumentException("compression must not be null (use CompressionSettings.none())");
        }
    }

    /** No compression. */
    public ConnectionSettings(int connectTimeoutMS, int socketTimeoutMS, String applicationName,
            AuthCredential credential, TlsSettings tls) {
        this(connectTimeoutMS, socketTimeoutMS, applicationName, credential, tls, CompressionSettings.none());
    }

    /** No credential, no TLS. */
    public ConnectionSettings(int connectTimeoutMS, int socketTimeoutMS, String applicationName) {
        this(connectTimeoutMS, socketTimeoutMS, applicationName, null, TlsSettings.disabled());
    }

    /** 10 s connect timeout, no read timeout, no application name, no credential, no TLS. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(DEFAULT_CONNECT_TIMEOUT_MS, 0, null);
    }

    public ConnectionSettings withCredential(AuthCredential newCredential) {
        return new ConnectionSettings(connectTimeoutMS, socketTimeoutMS, applicationName, newCredential, tls, compression);
    }

    public ConnectionSettings withTls(TlsSettings newTls) {
        return new ConnectionSettings(connectTimeoutMS, socketTimeoutMS, applicationName, credential, newTls, compression);
    }

    public ConnectionSettings withCompression(CompressionSettings newCompression) {
        return new ConnectionSettings(connectTimeoutMS, socketTimeoutMS, applicationName, credential, tls, newCompression);
    }
}
