package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectTimeoutException;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Objects;

/**
 * Opens connections: creates a stream (TCP or Unix socket), connects it within connectTimeoutMS,
 * runs the {@link Handshake} and returns the ready {@link Connection}. If anything fails the stream
 * is closed and a typed error is thrown: {@link MongoConnectTimeoutException} when connecting timed
 * out, {@link MongoSocketOpenException} when the server was unreachable or the network failed during
 * the handshake (read timeouts and protocol errors keep their own types), and the handshake's own
 * errors (incompatible server, command failure) unchanged.
 */
public final class SocketConnectionFactory implements ConnectionFactory {
    private static final System.Logger LOGGER = System.getLogger(SocketConnectionFactory.class.getName());

    private final ConnectionSettings settings;
    private final StreamFactory streamFactory;
    private final Handshake handshake;

    /** Plain TCP / Unix-socket connections with {@code settings}. */
    public SocketConnectionFactory(ConnectionSettings settings) {
        this(settings, new SocketStreamFactory(Objects.requireNonNull(settings, "settings")));
    }

    /** Connections over streams from {@code streamFactory} (TLS, compression, tests). */
    public SocketConnectionFactory(ConnectionSettings settings, StreamFactory streamFactory) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.streamFactory = Objects.requireNonNull(streamFactory, "streamFactory");
        this.handshake = new Handshake(ClientMetadata.create(settings.applicationName()));
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
        } catch (IOException e) {
            stream.close();
            throw new MongoSocketOpenException("Could not connect to " + address + ": " + e, address, e);
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        StreamConnection connection = new StreamConnection(stream);
        try {
            connection.initialize(handshake.perform(connection));
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
        LOGGER.log(System.Logger.Level.DEBUG, "Opened connection to {0} (server connection id {1})",
                address, connection.description().serverConnectionId());
        return connection;
    }
}
