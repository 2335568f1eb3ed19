package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.internal.compression.Compressor;

/**
 * Wraps an encoded message in OP_COMPRESSED (opcode 2012):
 * <pre>
 *   header        messageLength, requestID and responseTo of the original, opCode 2012
 *   int32         originalOpcode     (the original header's opCode)
 *   int32         uncompressedSize   (the original length without its 16-byte header)
 *   uint8         compressorId
 *   bytes         the original message after its header, compressed
 * </pre>
 * The frame is built in one buffer reused from message to message and sized for the
 * compressor's worst case, so the compressor writes straight into place. Not thread-safe: one
 * encoder per connection.
 */
public final class OpCompressedEncoder {
    /** Bytes between the header and the compressed payload: originalOpcode, uncompressedSize, compressorId. */
    public static final int PREFIX_LENGTH = 9;
    /** Offset of the compressed payload in a frame. */
    public static final int PAYLOAD_OFFSET = MessageHeader.LENGTH + PREFIX_LENGTH;
    private static final int RETAINED_CAPACITY = 4 * 1024 * 1024;

    private byte[] buffer = new byte[0];

    /**
     * Compresses {@code message[0 .. length)}, a complete wire message with its header, with
     * {@code compressor}; returns the frame's length. The frame is then {@code bytes()[0 .. length)}.
     */
    public int encode(byte[] message, int length, Compressor compressor) {
        if (length < MessageHeader.LENGTH) {
            throw new IllegalArgumentException("a message has at least " + MessageHeader.LENGTH + " bytes, got " + length);
        }
        int bodyLength = length - MessageHeader.LENGTH;
        long capacity = (long) PAYLOAD_OFFSET + compressor.maxCompressedLength(bodyLength);
        if (capacity > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a message of " + length + " bytes is too large to compress");
        }
        if (buffer.length < capacity) {
            buffer = new byte[(int) capacity];
        }
        int compressedLength = compressor.compress(message, MessageHeader.LENGTH, bodyLength, buffer, PAYLOAD_OFFSET);
        int frameLength = PAYLOAD_OFFSET + compressedLength;
        LittleEndian.writeInt(buffer, 0, frameLength);
        System.arraycopy(message, 4, buffer, 4, 8); // requestID and responseTo
        LittleEndian.writeInt(buffer, 12, MessageHeader.OP_COMPRESSED);
        System.arraycopy(message, 12, buffer, 16, 4); // originalOpcode
        LittleEndian.writeInt(buffer, 20, bodyLength);
        buffer[24] = (byte) compressor.id();
        return frameLength;
    }

    /** The last frame is {@code bytes()[0 .. encode(..))}; valid until the next {@link #encode}. */
    public byte[] bytes() {
        return buffer;
    }

    /** Drops the buffer if one huge message inflated it. */
    public void release() {
        if (buffer.length > RETAINED_CAPACITY) {
            buffer = new byte[0];
        }
    }
}
