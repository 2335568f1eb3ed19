package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A TLS stream: a {@link TcpStream} connection with an {@link SSLSocket} layered on it.
 *
 * <p>{@link #open()} connects TCP, then configures the TLS socket before the handshake: only
 * TLSv1.3 and TLSv1.2; endpoint identification "HTTPS" (the certificate must name the host, as a
 * DNS or IP subject alternative name) unless host names may be invalid; SNI with the host name
 * when the host is a name rather than an IP literal. The handshake itself must finish within the
 * connect timeout, after which reads use the socket timeout. A failed handshake surfaces as the
 * JDK's {@link javax.net.ssl.SSLException}, which the connection factory reports as a
 * {@link io.connectmongodb.driver.error.MongoTlsHandshakeException}.
 */
final class TlsStream implements Stream {
    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final TcpStream tcp;
    private final SSLContext context;
    private final boolean verifyHostname;
    private final int connectTimeoutMS;
    private final int socketTimeoutMS;
    private volatile SSLSocket socket;
    private InputStream in;
    private OutputStream out;

    TlsStream(ServerAddress address, SSLContext context, boolean verifyHostname, int connectTimeoutMS,
            int socketTimeoutMS) {
        this.tcp = new TcpStream(address, connectTimeoutMS, socketTimeoutMS);
        this.context = context;
        this.verifyHostname = verifyHostname;
        this.connectTimeoutMS = connectTimeoutMS;
        this.socketTimeoutMS = socketTimeoutMS;
    }

    @Override
    public ServerAddress address() {
        return tcp.address();
    }

    @Override
    public void open() throws IOException {
        tcp.open();
        Socket raw = tcp.socket();
        String host = tcp.address().host();
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, host, tcp.address().port(), true);
        try {
            tls.setSSLParameters(parameters(tls, host));
            tls.setSoTimeout(connectTimeoutMS);
            tls.startHandshake();
            tls.setSoTimeout(socketTimeoutMS);
            in = tls.getInputStream();
            out = tls.getOutputStream();
            socket = tls;
        } catch (IOException | RuntimeException e) {
            closeQuietly(tls);
            tcp.close();
            throw e;
        }
        if (tcp.isClosed()) { // close() raced with open()
            closeQuietly(tls);
            throw new IOException("stream to " + address() + " was closed while opening");
        }
    }

    private SSLParameters parameters(SSLSocket tls, String host) throws IOException {
        SSLParameters parameters = tls.getSSLParameters();
        List<String> supported = Arrays.asList(tls.getSupportedProtocols());
        List<String> protocols = new ArrayList<>();
        for (String protocol : PROTOCOLS) {
            if (supported.contains(protocol)) {
                protocols.add(protocol);
            }
        }
        if (protocols.isEmpty()) {
            throw new javax.net.ssl.SSLHandshakeException("this JVM supports neither TLSv1.3 nor TLSv1.2");
        }
        parameters.setProtocols(protocols.toArray(new String[0]));
        parameters.setEndpointIdentificationAlgorithm(verifyHostname ? "HTTPS" : null);
        if (isHostName(host)) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        return parameters;
    }

    /** SNI carries DNS names only, never IP literals. */
    static boolean isHostName(String host) {
        return host.indexOf(':') < 0 && !IPV4_LITERAL.matcher(host).matches();
    }

    /** The negotiated protocol, such as {@code TLSv1.3}; for tests and diagnostics. */
    String protocol() {
        SSLSocket s = socket;
        return s == null ? null : s.getSession().getProtocol();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        requireOpen();
        out.write(bytes, offset, length);
        out.flush();
    }

    @Override
    public void readFully(byte[] target, int offset, int length) throws IOException {
        requireOpen();
        int done = 0;
        while (done < length) {
            int n = in.read(target, offset + done, length - done);
            if (n < 0) {
                throw new EOFException("server " + address() + " closed the connection after " + done + " of "
                        + length + " expected bytes");
            }
            done += n;
        }
    }

    private void requireOpen() throws IOException {
        if (socket == null || tcp.isClosed()) {
            throw new IOException("stream to " + address() + " is not open");
        }
    }

    @Override
    public boolean isClosed() {
        return tcp.isClosed();
    }

    @Override
    public void close() {
        SSLSocket s = socket;
        if (s != null) {
            closeQuietly(s);
        }
        tcp.close();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
