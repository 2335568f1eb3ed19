package io.connectmongodb.benchmarks.floor;

import io.connectmongodb.benchmarks.stub.WireFormat;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * The floor of issue #9: a client with no driver at all. It encodes {@code {ping: 1, $db: "admin"}}
 * as an OP_MSG once, then each {@link #roundTrip()} writes those bytes, reads the 16-byte reply
 * header and the rest of the reply into a reused buffer. Nothing is allocated per round trip, so no
 * driver can beat its rate against the same stub.
 */
public final class RawSocketFloor implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] request;
    private final byte[] header = new byte[WireFormat.HEADER_LENGTH];
    private byte[] reply = new byte[1024];

    public RawSocketFloor(int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        request = encodePing();
    }

    /** One ping round trip; returns the reply length so callers can check it was read. */
    public int roundTrip() throws IOException {
        out.write(request);
        readFully(header, WireFormat.HEADER_LENGTH);
        int length = WireFormat.readInt(header, 0);
        int rest = length - WireFormat.HEADER_LENGTH;
        if (rest > reply.length) {
            reply = new byte[rest];
        }
        readFully(reply, rest);
        return length;
    }

    private void readFully(byte[] buffer, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(buffer, done, length - done);
            if (n < 0) {
                throw new EOFException("stub closed the connection");
            }
            done += n;
        }
    }

    /** Header (requestID 1), flags 0, one kind-0 section. Replies are matched by order, not id. */
    static byte[] encodePing() {
        BsonDocument ping = new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("admin"));
        ByteBuffer bson = new RawBsonDocument(ping, new BsonDocumentCodec()).getByteBuffer().asNIO();
        int bsonLength = bson.remaining();
        byte[] message = new byte[WireFormat.HEADER_LENGTH + 5 + bsonLength];
        WireFormat.writeInt(message, 0, message.length);
        WireFormat.writeInt(message, 4, 1);
        WireFormat.writeInt(message, 12, WireFormat.OP_MSG);
        bson.get(message, WireFormat.HEADER_LENGTH + 5, bsonLength);
        return message;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
