package io.connectmongodb.benchmarks.stub;

import org.bson.RawBsonDocument;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Serves one client socket: reads a request into a reused buffer, finds the command name (the first
 * field of the kind-0 section) by comparing bytes, and writes the matching canned reply from this
 * connection's private copy after patching its header. The only per-connection state is how much of
 * the long cursor is left. An {@code insert}, {@code update} or {@code delete} is acknowledged with
 * {@code n} (and an update's {@code nModified}) = the number of statements it carried.
 */
final class StubConnection implements Runnable {
    private static final byte[] HELLO = WireFormat.ascii("hello");
    private static final byte[] IS_MASTER = WireFormat.ascii("isMaster");
    private static final byte[] IS_MASTER_LOWER = WireFormat.ascii("ismaster");
    private static final byte[] INSERT = WireFormat.ascii("insert");
    private static final byte[] UPDATE = WireFormat.ascii("update");
    private static final byte[] DELETE = WireFormat.ascii("delete");
    private static final byte[] FIND = WireFormat.ascii("find");
    private static final byte[] GET_MORE = WireFormat.ascii("getMore");
    private static final byte[] CURSOR_COLLECTION = WireFormat.ascii(CannedReplies.CURSOR_COLLECTION);

    private final Socket socket;
    private final CannedReplies replies;
    private final Runnable onClose;
    private final byte[] header = new byte[WireFormat.HEADER_LENGTH];
    private byte[] request = new byte[16 * 1024];
    private byte[] helloMsg;
    private byte[] helloReply;
    private byte[] ok;
    private byte[] insertAck;
    private byte[] updateAck;
    private byte[] deleteAck;
    private byte[] findOne;
    private byte[] cursorFirst;
    private byte[] cursorNext;
    private byte[] cursorLast;
    private byte[] legacyOnly;
    private int cursorRemaining;
    private int nextRequestId = 1;

    StubConnection(Socket socket, CannedReplies replies, Runnable onClose) {
        this.socket = socket;
        this.replies = replies;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readFully(in, header, 0, WireFormat.HEADER_LENGTH)) {
                int length = WireFormat.readInt(header, 0);
                if (length < WireFormat.HEADER_LENGTH || length > 64 * 1024 * 1024) {
                    return; // not a MongoDB client; drop it
                }
                int bodyLength = length - WireFormat.HEADER_LENGTH;
                if (request.length < bodyLength) {
                    request = new byte[Math.max(bodyLength, request.length * 2)];
                }
                if (!readFully(in, request, 0, bodyLength)) {
                    return;
                }
                serve(out, WireFormat.readInt(header, 4), WireFormat.readInt(header, 12), bodyLength);
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        } finally {
            onClose.run();
        }
    }

    private void serve(OutputStream out, int requestId, int opCode, int bodyLength) throws IOException {
        if (opCode == WireFormat.OP_QUERY) {
            int nameStart = WireFormat.skipCString(request, 4, bodyLength) + 8 + 5; // flags, ns, skip, return, doc size, type
            boolean hello = isHello(nameStart, bodyLength);
            if (helloReply == null) {
                helloReply = replies.helloReply.copy();
                legacyOnly = replies.legacyOnlyHandshake.copy();
            }
            send(out, hello ? helloReply : legacyOnly, requestId);
            return;
        }
        if (opCode != WireFormat.OP_MSG) {
            throw new IOException("unsupported opcode " + opCode);
        }
        int flags = WireFormat.readInt(request, 0);
        int bodyOffset = -1;
        int sequenceDocuments = 0;
        int pos = 4;
        while (pos < bodyLength) {
            byte kind = request[pos++];
            if (kind == 0) {
                bodyOffset = pos;
                pos += WireFormat.readInt(request, pos);
            } else if (kind == 1) {
                int end = pos + WireFormat.readInt(request, pos);
                int doc = WireFormat.skipCString(request, pos + 4, end);
                while (doc < end) {
                    sequenceDocuments++;
                    doc += WireFormat.readInt(request, doc);
                }
                pos = end;
            } else {
                break; // a checksum or an unknown section: the body is already found
            }
        }
        if (bodyOffset < 0) {
            throw new IOException("OP_MSG without a body section");
        }
        byte[] reply = replyFor(bodyOffset, bodyLength, sequenceDocuments);
        if ((flags & WireFormat.MORE_TO_COME) == 0) {
            send(out, reply, requestId);
        }
    }

    private byte[] replyFor(int bodyOffset, int limit, int sequenceDocuments) {
        int nameStart = bodyOffset + 5;
        if (isHello(nameStart, limit)) {
            return helloMsg == null ? helloMsg = replies.helloMsg.copy() : helloMsg;
        }
        if (WireFormat.cstringEquals(request, nameStart, limit, INSERT)) {
            if (insertAck == null) {
                insertAck = replies.insertAck.copy();
            }
            replies.insertAck.patchAll(insertAck, statementCount(bodyOffset, sequenceDocuments, "documents"));
            return insertAck;
        }
        if (WireFormat.cstringEquals(request, nameStart, limit, UPDATE)) {
            if (updateAck == null) {
                updateAck = replies.updateAck.copy();
            }
            replies.updateAck.patchAll(updateAck, statementCount(bodyOffset, sequenceDocuments, "updates"));
            return updateAck;
        }
        if (WireFormat.cstringEquals(request, nameStart, limit, DELETE)) {
            if (deleteAck == null) {
                deleteAck = replies.deleteAck.copy();
            }
            replies.deleteAck.patchAll(deleteAck, statementCount(bodyOffset, sequenceDocuments, "deletes"));
            return deleteAck;
        }
        if (WireFormat.cstringEquals(request, nameStart, limit, FIND)) {
            int valueStart = WireFormat.skipCString(request, nameStart, limit) + 4; // string length
            if (WireFormat.cstringEquals(request, valueStart, limit, CURSOR_COLLECTION)) {
                cursorRemaining = replies.cursorTotal() - CannedReplies.FIRST_BATCH;
                return cursorFirst == null ? cursorFirst = replies.cursorFirst.copy() : cursorFirst;
            }
            return findOne == null ? findOne = replies.findOne.copy() : findOne;
        }
        if (WireFormat.cstringEquals(request, nameStart, limit, GET_MORE) && cursorRemaining > 0) {
            if (cursorRemaining > CannedReplies.GET_MORE_BATCH) {
                cursorRemaining -= CannedReplies.GET_MORE_BATCH;
                return cursorNext == null ? cursorNext = replies.cursorNext.copy() : cursorNext;
            }
            cursorRemaining = 0;
            return cursorLast == null ? cursorLast = replies.cursorLast.copy() : cursorLast;
        }
        return ok == null ? ok = replies.ok.copy() : ok;
    }

    private boolean isHello(int nameStart, int limit) {
        return WireFormat.cstringEquals(request, nameStart, limit, HELLO)
                || WireFormat.cstringEquals(request, nameStart, limit, IS_MASTER)
                || WireFormat.cstringEquals(request, nameStart, limit, IS_MASTER_LOWER);
    }

    /** The statements of a write: its kind-1 section's documents, or else the body's {@code arrayName} array. */
    private int statementCount(int bodyOffset, int sequenceDocuments, String arrayName) {
        if (sequenceDocuments > 0) {
            return sequenceDocuments;
        }
        RawBsonDocument body = new RawBsonDocument(request, bodyOffset, WireFormat.readInt(request, bodyOffset));
        return body.containsKey(arrayName) ? body.getArray(arrayName).size() : 0;
    }

    private void send(OutputStream out, byte[] reply, int responseTo) throws IOException {
        WireFormat.writeInt(reply, 4, nextRequestId++);
        WireFormat.writeInt(reply, 8, responseTo);
        out.write(reply);
    }

    private static boolean readFully(InputStream in, byte[] buffer, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(buffer, offset + done, length - done);
            if (n < 0) {
                if (done == 0 && offset == 0 && length == WireFormat.HEADER_LENGTH) {
                    return false; // clean close between messages
                }
                throw new EOFException("connection closed mid-message");
            }
            done += n;
        }
        return true;
    }
}
