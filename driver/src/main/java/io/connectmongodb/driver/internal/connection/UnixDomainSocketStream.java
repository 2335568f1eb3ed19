package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * A stream over a Unix domain socket ({@link SocketChannel} with a {@link UnixDomainSocketAddress}).
 *
 * <p>Channels ignore SO_TIMEOUT, so the channel is put in non-blocking mode after connecting and
 * every read and write waits on a private {@link Selector}: a read that sees no data within
 * socketTimeoutMS throws {@link SocketTimeoutException}, like a TCP socket would. Writes wait
 * without limit, as blocking TCP writes do. Connecting needs no timeout: a local socket either
 * accepts at once or fails at once (missing file, nobody listening).
 */
final class UnixDomainSocketStream implements Stream {
    private final ServerAddress address;
    private final int socketTimeoutMS;
    private volatile SocketChannel channel;
    private Selector selector;
    private SelectionKey key;
    private volatile boolean closed;

    UnixDomainSocketStream(ServerAddress address, int socketTimeoutMS) {
        if (!address.isUnixSocket()) {
            throw new IllegalArgumentException(address + " is not a Unix domain socket path");
        }
        this.address = address;
        this.socketTimeoutMS = socketTimeoutMS;
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void open() throws IOException {
        if (closed || channel != null) {
            throw new IOException("stream to " + address + " was already opened or closed");
        }
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(address.host()));
            ch.configureBlocking(false);
            selector = Selector.open();
            key = ch.register(selector, 0);
        } catch (IOException | RuntimeException e) {
            ch.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
        channel = ch;
        if (closed) { // close() raced with open()
            close();
            throw new IOException("stream to " + address + " was closed while opening");
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        SocketChannel ch = requireOpen();
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
            if (ch.write(buffer) == 0) {
                await(SelectionKey.OP_WRITE, 0);
            }
        }
    }

    @Override
    public void readFully(byte[] target, int offset, int length) throws IOException {
        SocketChannel ch = requireOpen();
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, length);
        while (buffer.hasRemaining()) {
            int n = ch.read(buffer);
            if (n < 0) {
                throw new EOFException("server " + address + " closed the connection after "
                        + (length - buffer.remaining()) + " of " + length + " expected bytes");
            }
            if (n == 0 && !await(SelectionKey.OP_READ, socketTimeoutMS)) {
                throw new SocketTimeoutException("no data from " + address + " within " + socketTimeoutMS + " ms");
            }
        }
    }

    /**
     * Waits until the channel is ready for {@code op}; false when {@code timeoutMS} (0 = none) passed
     * first. Loops because {@code select} may return early without a ready key.
     */
    private boolean await(int op, int timeoutMS) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMS);
        key.interestOps(op);
        try {
            while (true) {
                long remainingMS = timeoutMS == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (timeoutMS != 0 && remainingMS <= 0) {
                    return false;
                }
                int ready = selector.select(remainingMS);
                selector.selectedKeys().clear();
                if (closed) {
                    throw new IOException("stream to " + address + " was closed");
                }
                if (ready > 0) {
                    return true;
                }
            }
        } catch (ClosedSelectorException | CancelledKeyException e) {
            throw new IOException("stream to " + address + " was closed", e);
        } finally {
            if (key.isValid()) {
                key.interestOps(0);
            }
        }
    }

    private SocketChannel requireOpen() throws IOException {
        SocketChannel ch = channel;
        if (closed || ch == null) {
            throw new IOException("stream to " + address + " is not open");
        }
        return ch;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            SocketChannel ch = channel;
            if (ch != null) {
                ch.close();
            }
        } catch (IOException ignored) {
            // nothing left to release
        }
        try {
            Selector s = selector;
            if (s != null) {
                s.close();
            }
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
