package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import java.io.IOException;

/**
 * A byte stream to one server, the lowest layer under a connection (stream, then wire messages,
 * then commands). TCP and Unix-domain sockets implement it; TLS, compression and fault-injecting
 * test streams wrap or replace it. Methods throw plain {@link IOException}s; the connection layer
 * turns them into typed driver errors. Used by one thread at a time; {@link #close()} may be
 * called from any thread.
 */
public interface Stream extends AutoCloseable {

    /** The server this stream connects to. */
    ServerAddress address();

    /**
     * Connects. A {@link java.net.SocketTimeoutException} means the connect timeout passed; any
     * other {@link IOException} that the server could not be reached.
     */
    void open() throws IOException;

    /** Writes {@code bytes[offset .. offset+length)} completely. */
    void write(byte[] bytes, int offset, int length) throws IOException;

    /**
     * Fills {@code target[offset .. offset+length)} completely.
     *
     * @throws java.net.SocketTimeoutException when one read waits longer than the socket timeout
     * @throws java.io.EOFException            when the server closes the stream first
     */
    void readFully(byte[] target, int offset, int length) throws IOException;

    boolean isClosed();

    /** Closes the stream; idempotent, never throws. */
    @Override
    void close();
}
