package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectTimeoutException;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.error.MongoTlsHandshakeException;
import io.connectmongodb.driver.internal.auth.ScramAuthenticator;
import io.connectmongodb.driver.internal.auth.ScramKeyCache;
import io.connectmongodb.driver.internal.compression.CodecLibraries;
import io.connectmongodb.driver.internal.compression.WireCompression;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * Opens connections: creates a stream (TCP, TLS or Unix socket), connects it within
 * connectTimeoutMS, runs the {@link Handshake}, authenticates when the settings carry a credential,
 * and returns the ready {@link Connection}. If anything fails the stream is closed and a typed
 * error is thrown: {@link MongoConnectTimeoutException} when connecting timed out,
 * {@link MongoTlsHandshakeException} when the TLS handshake failed (untrusted certificate, host
 * name mismatch), {@link MongoSocketOpenException} when the server was unreachable or the network
 * failed during the handshake or authentication (read timeouts and protocol errors keep their own
 * types), and the handshake's and authenticator's own errors (incompatible server, command
 * failure, {@link io.connectmongodb.driver.error.MongoAuthenticationException}) unchanged.
 *
 * <p>With a credential, the hello carries {@code saslSupportedMechs} and a speculative saslStart
 * ({@link ScramAuthenticator}); derived SCRAM keys come from a {@link ScramKeyCache} shared by
 * every connection this factory opens (by default the process-wide one).
 *
 * <p>With compressors configured, the hello offers those whose library is present
 * ({@link WireCompression}); each connection then compresses with the one its handshake negotiated.
 */
public final class SocketConnectionFactory implements ConnectionFactory {
    private static final System.Logger LOGGER = System.getLogger(SocketConnectionFactory.class.getName());

    private final ConnectionSettings settings;
    private final StreamFactory streamFactory;
    private final Handshake handshake;
    private final ScramAuthenticator authenticator;
    private final WireCompression compression;

    /** Connections with {@code settings}: TLS streams when TLS is enabled, else plain TCP / Unix-socket. */
    public SocketConnectionFactory(ConnectionSettings settings) {
        this(settings, defaultStreamFactory(Objects.requireNonNull(settings, "settings")));
    }

    /** Connections over streams from {@code streamFactory} (TLS, compression, tests). */
    public SocketConnectionFactory(ConnectionSettings settings, StreamFactory streamFactory) {
        this(settings, streamFactory, ScramKeyCache.shared());
    }

    /** As above, with SCRAM keys cached in {@code keyCache} (tests count its derivations). */
    public SocketConnectionFactory(ConnectionSettings settings, StreamFactory streamFactory, ScramKeyCache keyCache) {
        this(settings, streamFactory, keyCache, CodecLibraries.detected());
    }

    /** As above, with compressors limited to what {@code codecLibraries} offers (tests simulate missing libraries). */
    public SocketConnectionFactory(ConnectionSettings settings, StreamFactory streamFactory, ScramKeyCache keyCache,
                                   CodecLibraries codecLibraries) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.streamFactory = Objects.requireNonNull(streamFactory, "streamFactory");
        Objects.requireNonNull(keyCache, "keyCache");
        this.compression = WireCompression.of(settings.compression(), Objects.requireNonNull(codecLibraries, "codecLibraries"));
        this.handshake = new Handshake(ClientMetadata.create(settings.applicationName()), compression);
        this.authenticator = settings.credential() == null ? null
                : new ScramAuthenticator(settings.credential(), keyCache);
    }

    private static StreamFactory defaultStreamFactory(ConnectionSettings settings) {
        return settings.tls().enabled() ? new TlsStreamFactory(settings) : new SocketStreamFactory(settings);
    }

    public ConnectionSettings settings() {
        return settings;
    }

    @Override
    public Connection open(ServerAddress address) {
        Objects.requireNonNull(address, "address");
        Stream stream = streamFactory.create(address);
        try {
            stream.open();
        } catch (SocketTimeoutException e) {
            stream.close();
            throw new MongoConnectTimeoutException("Timed out after " + settings.connectTimeoutMS()
                    + " ms connecting to " + address, address, e);
        } catch (SSLException e) {
            stream.close();
            throw new MongoTlsHandshakeException("The TLS handshake with " + address + " failed: " + e.getMessage(),
                    address, e);
        } catch (IOException e) {
            stream.close();
            throw new MongoSocketOpenException("Could not connect to " + address + ": " + e, address, e);
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        StreamConnection connection = new StreamConnection(stream, compression);
        try {
            if (authenticator == null) {
                connection.initialize(handshake.perform(connection));
            } else {
                ScramAuthenticator.Attempt attempt = authenticator.newAttempt();
                ConnectionDescription description = handshake.perform(connection, attempt.handshakeFields());
                connection.initialize(description);
                attempt.complete(description.helloReply(), address, connection::command);
            }
        } catch (MongoSocketReadTimeoutException | MongoProtocolException e) {
            connection.close();
            throw e;
        } catch (MongoSocketException e) {
            connection.close();
            throw new MongoSocketOpenException("The handshake with " + address + " failed: " + e.getMessage(),
                    address, e);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        LOGGER.log(System.Logger.Level.DEBUG, "Opened connection to {0} (server connection id {1}, compressor {2})",
                address, connection.description().serverConnectionId(),
                connection.description().compressor() == null ? "none" : connection.description().compressor());
        return connection;
    }
}
