package io.connectmongodb.benchmarks.stub;

import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

import java.nio.ByteBuffer;

/**
 * One complete reply message (header included) encoded once at start-up. A connection takes its own
 * {@link #copy()} and patches only {@code requestID}/{@code responseTo} (and optionally one int32
 * field, see {@link #patchOffset()}) in place before each write, so serving it costs one socket
 * write and no encoding.
 */
public final class CannedReply {
    private final byte[] message;
    private final int[] patchOffsets;

    private CannedReply(byte[] message, int[] patchOffsets) {
        this.message = message;
        this.patchOffsets = patchOffsets;
    }

    /** An OP_MSG reply with one kind-0 section holding {@code body}. */
    public static CannedReply opMsg(BsonDocument body) {
        return opMsg(body, null);
    }

    /**
     * An OP_MSG reply whose top-level int32 fields {@code patchFields} can be rewritten per reply
     * (e.g. {@code n} of an insert acknowledgement, {@code n} and {@code nModified} of an update).
     */
    public static CannedReply opMsg(BsonDocument body, String... patchFields) {
        byte[] bson = bytes(body);
        byte[] message = new byte[WireFormat.HEADER_LENGTH + 4 + 1 + bson.length];
        writeHeader(message, WireFormat.OP_MSG);
        message[WireFormat.HEADER_LENGTH + 4] = 0; // section kind 0
        int bodyOffset = WireFormat.HEADER_LENGTH + 5;
        System.arraycopy(bson, 0, message, bodyOffset, bson.length);
        int[] patches = new int[patchFields == null ? 0 : patchFields.length];
        for (int i = 0; i < patches.length; i++) {
            patches[i] = bodyOffset + int32ValueOffset(bson, patchFields[i]);
        }
        return new CannedReply(message, patches);
    }

    /** A legacy OP_REPLY carrying one document, for handshakes sent as OP_QUERY. */
    public static CannedReply opReply(BsonDocument document) {
        byte[] bson = bytes(document);
        byte[] message = new byte[WireFormat.HEADER_LENGTH + 20 + bson.length];
        writeHeader(message, WireFormat.OP_REPLY);
        // responseFlags 0, cursorID 0, startingFrom 0 are already zero
        WireFormat.writeInt(message, WireFormat.HEADER_LENGTH + 16, 1); // numberReturned
        System.arraycopy(bson, 0, message, WireFormat.HEADER_LENGTH + 20, bson.length);
        return new CannedReply(message, new int[0]);
    }

    /** A private copy of the message for one connection to patch. */
    public byte[] copy() {
        return message.clone();
    }

    /** Offset of the first patchable int32 in the message, or -1 when there is none. */
    public int patchOffset() {
        return patchOffsets.length == 0 ? -1 : patchOffsets[0];
    }

    /** Writes {@code value} into every patchable int32 of {@code copy} (a {@link #copy()} of this reply). */
    public void patchAll(byte[] copy, int value) {
        for (int offset : patchOffsets) {
            WireFormat.writeInt(copy, offset, value);
        }
    }

    public int length() {
        return message.length;
    }

    private static void writeHeader(byte[] message, int opCode) {
        WireFormat.writeInt(message, 0, message.length);
        WireFormat.writeInt(message, 12, opCode);
    }

    private static byte[] bytes(BsonDocument document) {
        RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
        ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Offset (within the document) of the value of top-level int32 field {@code name}. */
    private static int int32ValueOffset(byte[] bson, String name) {
        byte[] wanted = WireFormat.ascii(name);
        int pos = 4;
        while (pos < bson.length - 1) {
            byte type = bson[pos];
            int nameStart = pos + 1;
            int valueStart = WireFormat.skipCString(bson, nameStart, bson.length);
            if (WireFormat.cstringEquals(bson, nameStart, bson.length, wanted)) {
                if (type != 0x10) {
                    throw new IllegalArgumentException("field '" + name + "' is not an int32");
                }
                return valueStart;
            }
            pos = valueStart + fixedValueLength(type, bson, valueStart, name);
        }
        throw new IllegalArgumentException("no top-level field '" + name + "' to patch");
    }

    /** Value sizes of the types canned replies put before a patched field. */
    private static int fixedValueLength(byte type, byte[] bson, int valueStart, String wanted) {
        switch (type) {
            case 0x01: case 0x09: case 0x11: case 0x12: return 8;
            case 0x10: return 4;
            case 0x08: return 1;
            case 0x0A: return 0;
            case 0x02: return 4 + WireFormat.readInt(bson, valueStart);
            case 0x03: case 0x04: return WireFormat.readInt(bson, valueStart);
            default:
                throw new IllegalArgumentException("cannot skip BSON type " + type + " while looking for '" + wanted + "'");
        }
    }
}
