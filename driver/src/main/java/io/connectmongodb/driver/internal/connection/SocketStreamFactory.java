package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;

/** Plain socket streams: {@link TcpStream} for host:port addresses, {@link UnixDomainSocketStream} for socket paths. */
public final class SocketStreamFactory implements StreamFactory {
    private final ConnectionSettings settings;

    public SocketStreamFactory(ConnectionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Stream create(ServerAddress address) {
        Objects.requireNonNull(address, "address");
        return address.isUnixSocket()
                ? new UnixDomainSocketStream(address, settings.socketTimeoutMS())
                : new TcpStream(address, settings.connectTimeoutMS(), settings.socketTimeoutMS());
    }
}
