package io.connectmongodb.reliability;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.connection.Stream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntFunction;

/**
 * An in-memory {@link Stream} standing in for a server: for each request written it takes the next
 * reply maker, which gets the request's requestID (so a reply can answer it, or deliberately not),
 * and serves the bytes it returns. Reads past the served bytes end with {@link EOFException}, as
 * when a server closes the connection, so nothing ever blocks. It records the largest single read
 * the driver asked for: the driver sizes its buffers from the validated header, so this is the
 * largest buffer it allocated for a reply.
 */
final class ScriptedReplyStream implements Stream {
    private final ServerAddress address;
    private final Deque<IntFunction<byte[]>> replies = new ArrayDeque<>();
    private byte[] pending = new byte[0];
    private int position;
    private boolean closed;
    private long largestReadRequest;

    ScriptedReplyStream(ServerAddress address) {
        this.address = address;
    }

    /** Queues the maker of the reply to the next request. */
    ScriptedReplyStream then(IntFunction<byte[]> replyToRequestId) {
        replies.add(replyToRequestId);
        return this;
    }

    long largestReadRequest() {
        return largestReadRequest;
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void open() {
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        int requestId = (bytes[offset + 4] & 0xFF) | (bytes[offset + 5] & 0xFF) << 8
                | (bytes[offset + 6] & 0xFF) << 16 | (bytes[offset + 7] & 0xFF) << 24;
        IntFunction<byte[]> next = replies.poll();
        pending = next == null ? new byte[0] : next.apply(requestId);
        position = 0;
    }

    @Override
    public void readFully(byte[] target, int offset, int length) throws IOException {
        largestReadRequest = Math.max(largestReadRequest, length);
        if (closed) {
            throw new IOException("closed");
        }
        int available = pending.length - position;
        if (available < length) {
            position = pending.length;
            throw new EOFException("scripted server closed after " + available + " of " + length + " bytes");
        }
        System.arraycopy(pending, position, target, offset, length);
        position += length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
