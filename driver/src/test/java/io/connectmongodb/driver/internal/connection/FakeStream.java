package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.wire.OpMsgReply;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An in-memory stub server behind the {@link Stream} interface: every request written is decoded
 * (after decompression, when it came as OP_COMPRESSED) and recorded, and the handler's answer (raw bytes, so tests can send anything) becomes the next
 * bytes to read. A {@code null} answer makes the next read time out, as a silent server would.
 */
final class FakeStream implements Stream {
    private final ServerAddress address;
    private final Function<OpMsgReply, byte[]> handler;
    final List<OpMsgReply> requests = new ArrayList<>();
    /** Per request: the compressorId it was sent with, or -1 when it was a plain OP_MSG. */
    final List<Integer> requestCompressorIds = new ArrayList<>();
    private final ByteArrayOutputStream pendingRequest = new ByteArrayOutputStream();
    private byte[] pendingReply = new byte[0];
    private int replyPosition;
    private boolean silent;
    IOException failWritesWith;
    IOException failOpenWith;
    boolean opened;
    boolean closed;

    FakeStream(ServerAddress address, Function<OpMsgReply, byte[]> handler) {
        this.address = address;
        this.handler = handler;
    }

    /** A stub that answers each request with the body {@code bodies.apply(commandName)}. */
    static FakeStream answering(ServerAddress address, Function<String, org.bson.BsonDocument> bodies) {
        return new FakeStream(address, request -> StubReplies.reply(request.header().requestId(),
                bodies.apply(request.body().getFirstKey())));
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void open() throws IOException {
        if (failOpenWith != null) {
            throw failOpenWith;
        }
        opened = true;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (failWritesWith != null) {
            throw failWritesWith;
        }
        pendingRequest.write(bytes, offset, length);
        byte[] message = pendingRequest.toByteArray();
        pendingRequest.reset();
        boolean compressed = StubReplies.opCode(message)
                == io.connectmongodb.driver.internal.wire.MessageHeader.OP_COMPRESSED;
        requestCompressorIds.add(compressed ? message[24] & 0xFF : -1);
        OpMsgReply request = StubReplies.decodeRequest(compressed ? StubReplies.decompressRequest(message) : message);
        requests.add(request);
        byte[] reply = handler.apply(request);
        silent = reply == null;
        pendingReply = reply == null ? new byte[0] : reply;
        replyPosition = 0;
    }

    @Override
    public void readFully(byte[] target, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (silent) {
            throw new SocketTimeoutException("Read timed out");
        }
        if (pendingReply.length - replyPosition < length) {
            throw new EOFException("stub server closed the connection");
        }
        System.arraycopy(pendingReply, replyPosition, target, offset, length);
        replyPosition += length;
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
