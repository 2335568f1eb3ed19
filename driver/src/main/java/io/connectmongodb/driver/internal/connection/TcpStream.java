package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A TCP stream over a blocking {@link Socket}: TCP_NODELAY (requests are whole messages, so Nagle
 * would only add latency), SO_KEEPALIVE, SO_TIMEOUT = socketTimeoutMS for every read.
 *
 * <p>{@link #open()} resolves the host and tries each of its addresses in turn, each with the full
 * connect timeout, and reports the last failure if none answers.
 */
final class TcpStream implements Stream {
    private final ServerAddress address;
    private final int connectTimeoutMS;
    private final int socketTimeoutMS;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private volatile boolean closed;

    TcpStream(ServerAddress address, int connectTimeoutMS, int socketTimeoutMS) {
        this.address = address;
        this.connectTimeoutMS = connectTimeoutMS;
        this.socketTimeoutMS = socketTimeoutMS;
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void open() throws IOException {
        if (closed || socket != null) {
            throw new IOException("stream to " + address + " was already opened or closed");
        }
        IOException last = null;
        for (InetAddress candidate : InetAddress.getAllByName(address.host())) {
            Socket attempt = new Socket();
            try {
                attempt.setTcpNoDelay(true);
                attempt.setKeepAlive(true);
                attempt.setSoTimeout(socketTimeoutMS);
                attempt.connect(new InetSocketAddress(candidate, address.port()), connectTimeoutMS);
                socket = attempt;
                in = attempt.getInputStream();
                out = attempt.getOutputStream();
                if (closed) { // close() raced with open()
                    attempt.close();
                    throw new IOException("stream to " + address + " was closed while opening");
                }
                return;
            } catch (IOException e) {
                closeQuietly(attempt);
                last = e;
            }
        }
        throw last != null ? last : new IOException("no address found for " + address.host());
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        requireOpen().write(bytes, offset, length);
    }

    @Override
    public void readFully(byte[] target, int offset, int length) throws IOException {
        requireOpen();
        int done = 0;
        while (done < length) {
            int n = in.read(target, offset + done, length - done);
            if (n < 0) {
                throw new EOFException("server " + address + " closed the connection after " + done + " of "
                        + length + " expected bytes");
            }
            done += n;
        }
    }

    /** The connected socket, for {@link TlsStream} to layer TLS on; null before {@link #open()}. */
    Socket socket() {
        return socket;
    }

    private OutputStream requireOpen() throws IOException {
        if (closed || socket == null) {
            throw new IOException("stream to " + address + " is not open");
        }
        return out;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        Socket s = socket;
        if (s != null) {
            closeQuietly(s);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
