package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/**
 * The TLS handshake with a server failed while opening a connection: its certificate chain is not
 * trusted, its certificate does not name the host connected to, or no protocol version or cipher
 * was agreed. The cause is the JDK's {@link javax.net.ssl.SSLException}.
 */
public class MongoTlsHandshakeException extends MongoSocketOpenException {
    private static final long serialVersionUID = 1L;

    public MongoTlsHandshakeException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }
}
