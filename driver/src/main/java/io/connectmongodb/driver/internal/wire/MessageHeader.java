package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;

/**
 * The 16-byte header that starts every wire message: four little-endian int32s
 * {@code messageLength} (header included), {@code requestID}, {@code responseTo}, {@code opCode}.
 *
 * <p>{@link #parse} is the gate through which every received length passes: it rejects a length
 * below 16 or above the negotiated maximum, and any opcode but OP_MSG, before the caller allocates
 * a buffer for the rest of the message. {@link #parseReply} applies the same checks but also
 * admits OP_COMPRESSED, which a server may use for any reply.
 */
public record MessageHeader(int messageLength, int requestId, int responseTo, int opCode) {
    /** Size of the header in bytes. */
    public static final int LENGTH = 16;
    /** OP_MSG, the only opcode this driver sends or accepts. */
    public static final int OP_MSG = 2013;
    /** OP_COMPRESSED, the wrapper around a compressed message. */
    public static final int OP_COMPRESSED = 2012;

    /**
     * Reads and validates a reply header from {@code bytes[offset .. offset+16)}.
     *
     * @param maxMessageSizeBytes the largest message the caller accepts
     * @param address             the server, named in error messages
     * @throws MongoProtocolException when the length is out of bounds or the opcode is not OP_MSG
     */
    public static MessageHeader parse(byte[] bytes, int offset, int maxMessageSizeBytes, ServerAddress address) {
        return parse(bytes, offset, maxMessageSizeBytes, address, false);
    }

    /**
     * As {@link #parse}, but an OP_COMPRESSED header is accepted too: the first step of reading any
     * reply, since servers may compress replies once a compressor was offered.
     */
    public static MessageHeader parseReply(byte[] bytes, int offset, int maxMessageSizeBytes, ServerAddress address) {
        return parse(bytes, offset, maxMessageSizeBytes, address, true);
    }

    /** Whether this header wraps a compressed message. */
    public boolean isCompressed() {
        return opCode == OP_COMPRESSED;
    }

    private static MessageHeader parse(byte[] bytes, int offset, int maxMessageSizeBytes, ServerAddress address,
                                       boolean compressedAllowed) {
        if (bytes.length - offset < LENGTH) {
            throw new IllegalArgumentException("a message header needs " + LENGTH + " bytes");
        }
        int length = LittleEndian.readInt(bytes, offset);
        int requestId = LittleEndian.readInt(bytes, offset + 4);
        int responseTo = LittleEndian.readInt(bytes, offset + 8);
        int opCode = LittleEndian.readInt(bytes, offset + 12);
        if (length < LENGTH) {
            throw new MongoProtocolException("Message from " + address + " has length " + length
                    + ", less than the " + LENGTH + "-byte header", address);
        }
        if (length > maxMessageSizeBytes) {
            throw new MongoProtocolException("Message from " + address + " has length " + length
                    + ", more than maxMessageSizeBytes " + maxMessageSizeBytes, address);
        }
        if (opCode != OP_MSG && !(compressedAllowed && opCode == OP_COMPRESSED)) {
            throw new MongoProtocolException("Message from " + address + " has opcode " + opCode
                    + "; only OP_MSG (" + OP_MSG + ")" + (compressedAllowed ? " and OP_COMPRESSED (" + OP_COMPRESSED
                    + ") are" : " is") + " supported", address);
        }
        return new MessageHeader(length, requestId, responseTo, opCode);
    }

    /** Writes this header into {@code bytes[offset .. offset+16)}. */
    public void writeTo(byte[] bytes, int offset) {
        LittleEndian.writeInt(bytes, offset, messageLength);
        LittleEndian.writeInt(bytes, offset + 4, requestId);
        LittleEndian.writeInt(bytes, offset + 8, responseTo);
        LittleEndian.writeInt(bytes, offset + 12, opCode);
    }
}
