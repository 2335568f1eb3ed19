package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * Creates {@link TlsStream}s for TCP addresses, all sharing one {@link SSLContext} built once from
 * the {@link TlsSettings} (so PEM files are read once and TLS sessions can be resumed). Unix-domain
 * socket addresses get plain streams: the socket is local, and mongod does not speak TLS on it.
 *
 * <p>Turning verification off is logged as a warning once per process and kind, not per connection.
 */
public final class TlsStreamFactory implements StreamFactory {
    private static final System.Logger LOGGER = System.getLogger(TlsStreamFactory.class.getName());
    private static final AtomicBoolean WARNED_CERTIFICATES = new AtomicBoolean();
    private static final AtomicBoolean WARNED_HOSTNAMES = new AtomicBoolean();

    private final ConnectionSettings settings;
    private final SSLContext context;

    /**
     * @throws IllegalArgumentException when TLS is not enabled in {@code settings} or its files are unusable
     */
    public TlsStreamFactory(ConnectionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        TlsSettings tls = settings.tls();
        if (!tls.enabled()) {
            throw new IllegalArgumentException("TlsStreamFactory needs settings with TLS enabled");
        }
        this.context = TlsContextFactory.create(tls);
        if (tls.allowInvalidCertificates() && WARNED_CERTIFICATES.compareAndSet(false, true)) {
            LOGGER.log(System.Logger.Level.WARNING, "TLS certificate verification is off"
                    + " (tlsAllowInvalidCertificates or tlsInsecure): any server can pose as the real one");
        }
        if (tls.allowInvalidHostnames() && WARNED_HOSTNAMES.compareAndSet(false, true)) {
            LOGGER.log(System.Logger.Level.WARNING, "TLS host name verification is off"
                    + " (tlsAllowInvalidHostnames or tlsInsecure): a certificate for any host is accepted");
        }
    }

    @Override
    public Stream create(ServerAddress address) {
        Objects.requireNonNull(address, "address");
        if (address.isUnixSocket()) {
            return new UnixDomainSocketStream(address, settings.socketTimeoutMS());
        }
        return new TlsStream(address, context, !settings.tls().allowInvalidHostnames(), settings.connectTimeoutMS(),
                settings.socketTimeoutMS());
    }
}
