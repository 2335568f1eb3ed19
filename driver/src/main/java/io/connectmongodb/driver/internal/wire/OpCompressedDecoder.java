package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.internal.compression.Compressor;
import io.connectmongodb.driver.internal.compression.CompressorIds;
import java.util.function.IntFunction;
import java.util.zip.DataFormatException;

/**
 * Unwraps a received OP_COMPRESSED frame into the OP_MSG it carries, checking everything before
 * trusting it: the frame must hold the 9-byte prefix and a payload; {@code originalOpcode} must
 * be OP_MSG; {@code uncompressedSize} must be positive and, with a header, within
 * {@code maxMessageSizeBytes}, which is checked BEFORE the output is allocated; the
 * {@code compressorId} must be one this JVM can run. The compressor then fills exactly
 * {@code uncompressedSize} bytes and fails on more (a decompression bomb), on fewer, or on corrupt
 * or truncated data. Every failure is a {@link MongoProtocolException} naming the server; no
 * partial message ever comes out.
 *
 * <p>The result is a whole OP_MSG: a fresh header (length {@code 16 + uncompressedSize}, the
 * frame's requestID and responseTo, opcode OP_MSG) followed by the decompressed body, ready for
 * {@link OpMsgDecoder}.
 */
public final class OpCompressedDecoder {
    private OpCompressedDecoder() {
    }

    /**
     * Decompresses {@code frame}, whose length must equal its header's {@code messageLength}.
     *
     * @param compressors the compressor for a {@code compressorId}, or null when it cannot be used
     */
    public static byte[] decompress(byte[] frame, int maxMessageSizeBytes, ServerAddress address,
                                    IntFunction<Compressor> compressors) {
        if (frame.length < MessageHeader.LENGTH) {
            throw protocolError(address, "OP_COMPRESSED of " + frame.length + " bytes is shorter than its header");
        }
        MessageHeader header = MessageHeader.parseReply(frame, 0, maxMessageSizeBytes, address);
        if (!header.isCompressed()) {
            throw protocolError(address, "expected OP_COMPRESSED but the opcode is " + header.opCode());
        }
        if (header.messageLength() != frame.length) {
            throw protocolError(address, "OP_COMPRESSED header declares " + header.messageLength()
                    + " bytes but " + frame.length + " were given");
        }
        if (frame.length <= OpCompressedEncoder.PAYLOAD_OFFSET) {
            throw protocolError(address, "OP_COMPRESSED of " + frame.length + " bytes is truncated: it has no room for "
                    + "originalOpcode, uncompressedSize, compressorId and a payload");
        }
        int originalOpcode = LittleEndian.readInt(frame, 16);
        int uncompressedSize = LittleEndian.readInt(frame, 20);
        int compressorId = frame[24] & 0xFF;
        if (originalOpcode != MessageHeader.OP_MSG) {
            throw protocolError(address, "OP_COMPRESSED wraps opcode " + originalOpcode + "; only OP_MSG ("
                    + MessageHeader.OP_MSG + ") is supported");
        }
        if (uncompressedSize <= 0) {
            throw protocolError(address, "OP_COMPRESSED declares uncompressedSize " + uncompressedSize);
        }
        long messageLength = (long) MessageHeader.LENGTH + uncompressedSize;
        if (messageLength > maxMessageSizeBytes) {
            throw protocolError(address, "OP_COMPRESSED declares uncompressedSize " + uncompressedSize
                    + ", so the message would exceed maxMessageSizeBytes " + maxMessageSizeBytes);
        }
        Compressor compressor = compressors.apply(compressorId);
        if (compressor == null) {
            String name = CompressorIds.nameOf(compressorId);
            throw protocolError(address, "OP_COMPRESSED uses " + (name == null
                    ? "unknown compressorId " + compressorId
                    : "compressorId " + compressorId + " (" + name + "), which is not available in this JVM"));
        }
        byte[] message = new byte[(int) messageLength];
        try {
            compressor.decompress(frame, OpCompressedEncoder.PAYLOAD_OFFSET,
                    frame.length - OpCompressedEncoder.PAYLOAD_OFFSET, message, MessageHeader.LENGTH, uncompressedSize);
        } catch (DataFormatException e) {
            throw protocolError(address, "OP_COMPRESSED " + compressor.name() + " payload is invalid: " + e.getMessage());
        } catch (RuntimeException e) { // a codec library may report corrupt input unchecked
            throw protocolError(address, "OP_COMPRESSED " + compressor.name() + " payload is invalid: " + e);
        }
        new MessageHeader((int) messageLength, header.requestId(), header.responseTo(), MessageHeader.OP_MSG)
                .writeTo(message, 0);
        return message;
    }

    private static MongoProtocolException protocolError(ServerAddress address, String detail) {
        return new MongoProtocolException("Invalid reply from " + address + ": " + detail, address);
    }
}
