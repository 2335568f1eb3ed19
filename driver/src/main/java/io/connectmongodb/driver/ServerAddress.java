package io.connectmongodb.driver;

import java.util.Locale;
import java.util.Objects;

/**
 * The address of one MongoDB server: a host and port, or the path of a Unix domain socket.
 *
 * <p>Host names are kept in lower case, as the SDAM spec compares them case-insensitively.
 * IPv6 literals are kept without brackets and printed with them.
 */
public final class ServerAddress {
    public static final int DEFAULT_PORT = 27017;

    private final String host;
    private final int port;
    private final boolean unixSocket;

    private ServerAddress(String host, int port, boolean unixSocket) {
        this.host = host;
        this.port = port;
        this.unixSocket = unixSocket;
    }

    /** A TCP address. IPv6 literals may be given with or without brackets. */
    public static ServerAddress of(String host, int port) {
        Objects.requireNonNull(host, "host");
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.isEmpty()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
        return new ServerAddress(h.toLowerCase(Locale.ROOT), port, false);
    }

    /** A TCP address on the default port 27017. */
    public static ServerAddress of(String host) {
        return of(host, DEFAULT_PORT);
    }

    /** A Unix domain socket, by its file system path (for example {@code /tmp/mongodb-27017.sock}). */
    public static ServerAddress unixSocket(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.endsWith(".sock")) {
            throw new IllegalArgumentException("a unix socket path must end in .sock: " + path);
        }
        return new ServerAddress(path, 0, true);
    }

    public String host() {
        return host;
    }

    /** The port, or 0 for a Unix domain socket. */
    public int port() {
        return port;
    }

    public boolean isUnixSocket() {
        return unixSocket;
    }

    public boolean isIpv6Literal() {
        return !unixSocket && host.indexOf(':') >= 0;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServerAddress)) {
            return false;
        }
        ServerAddress that = (ServerAddress) o;
        return port == that.port && unixSocket == that.unixSocket && host.equals(that.host);
    }

    @Override
    public int hashCode() {
        // computed without boxing: addresses are hashed on every server selection
        return (host.hashCode() * 31 + port) * 31 + Boolean.hashCode(unixSocket);
    }

    /** {@code host:port}, {@code [::1]:port} for IPv6, or the socket path. */
    @Override
    public String toString() {
        if (unixSocket) {
            return host;
        }
        return (isIpv6Literal() ? "[" + host + "]" : host) + ":" + port;
    }
}
