package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.bson.RawBsonDocument;

/**
 * Decodes a whole received OP_MSG held in one exactly-sized array.
 *
 * <p>Steps: validate the header (length and opcode, see {@link MessageHeader#parse}); read the flag
 * bits and fail on unknown required bits; when {@code checksumPresent} is set, verify the trailing
 * CRC-32C over everything before it; then walk the sections up to the checksum: kind 0 is the one
 * body, kind 1 is {@code size, identifier cstring, documents}; any other kind fails. Every
 * document is framing-checked ({@link BsonFramingCheck}) and exposed as a {@link RawBsonDocument}
 * over the same array; the body's check also yields its {@code ok} verdict. All failures are {@link MongoProtocolException}s naming the server.
 */
public final class OpMsgDecoder {
    private static final int FLAGS_OFFSET = MessageHeader.LENGTH;
    private static final int SECTIONS_OFFSET = FLAGS_OFFSET + 4;
    private static final int CHECKSUM_LENGTH = 4;

    private OpMsgDecoder() {
    }

    /**
     * Decodes {@code message}, whose length must equal its header's {@code messageLength}.
     *
     * @param maxMessageSizeBytes the largest message accepted
     * @param address             the sender, named in error messages
     */
    public static OpMsgReply decode(byte[] message, int maxMessageSizeBytes, ServerAddress address) {
        if (message.length < MessageHeader.LENGTH) {
            throw protocolError(address, "message of " + message.length + " bytes is shorter than its header");
        }
        MessageHeader header = MessageHeader.parse(message, 0, maxMessageSizeBytes, address);
        if (header.messageLength() != message.length) {
            throw protocolError(address, "message header declares " + header.messageLength()
                    + " bytes but " + message.length + " were given");
        }
        if (message.length < SECTIONS_OFFSET + 1) {
            throw protocolError(address, "OP_MSG of " + message.length + " bytes has no room for flags and a section");
        }
        int flags = LittleEndian.readInt(message, FLAGS_OFFSET);
        OpMsgFlags.checkRequiredBitsKnown(flags, address);
        int end = message.length;
        if (OpMsgFlags.isSet(flags, OpMsgFlags.CHECKSUM_PRESENT)) {
            end -= CHECKSUM_LENGTH;
            if (end < SECTIONS_OFFSET + 1) {
                throw protocolError(address, "OP_MSG with checksum is too short: " + message.length + " bytes");
            }
            verifyChecksum(message, end, address);
        }
        RawBsonDocument body = null;
        OkStatus ok = OkStatus.NOT_OK;
        List<ReplySequence> sequences = List.of();
        int pos = SECTIONS_OFFSET;
        while (pos < end) {
            int kind = message[pos++];
            if (kind == 0) {
                if (body != null) {
                    throw protocolError(address, "OP_MSG has more than one body section");
                }
                BsonFramingCheck check = BsonFramingCheck.checkBody(message, pos, end, address);
                int size = check.size();
                ok = check.ok();
                body = new RawBsonDocument(message, pos, size);
                pos += size;
            } else if (kind == 1) {
                if (sequences.isEmpty()) {
                    sequences = new ArrayList<>(1);
                }
                pos = readSequence(message, pos, end, address, sequences);
            } else {
                throw protocolError(address, "OP_MSG has unknown section kind " + kind + " at offset " + (pos - 1));
            }
        }
        if (body == null) {
            throw protocolError(address, "OP_MSG has no body section");
        }
        return new OpMsgReply(header, flags, body, sequences.isEmpty() ? List.of() : List.copyOf(sequences), ok);
    }

    private static int readSequence(byte[] message, int pos, int end, ServerAddress address,
                                    List<ReplySequence> sequences) {
        if (end - pos < 4) {
            throw protocolError(address, "document sequence at offset " + pos + " is truncated");
        }
        int size = LittleEndian.readInt(message, pos);
        if (size < 5 || size > end - pos) {
            throw protocolError(address, "document sequence at offset " + pos + " declares size " + size
                    + " but " + (end - pos) + " bytes remain");
        }
        int sectionEnd = pos + size;
        int nameStart = pos + 4;
        int nameEnd = nameStart;
        while (nameEnd < sectionEnd && message[nameEnd] != 0) {
            nameEnd++;
        }
        if (nameEnd == sectionEnd) {
            throw protocolError(address, "document sequence identifier at offset " + nameStart + " is unterminated");
        }
        String identifier = new String(message, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
        List<RawBsonDocument> documents = new ArrayList<>();
        int docPos = nameEnd + 1;
        while (docPos < sectionEnd) {
            int docSize = BsonFramingCheck.check(message, docPos, sectionEnd, address);
            documents.add(new RawBsonDocument(message, docPos, docSize));
            docPos += docSize;
        }
        sequences.add(new ReplySequence(identifier, List.copyOf(documents)));
        return sectionEnd;
    }

    private static void verifyChecksum(byte[] message, int end, ServerAddress address) {
        CRC32C crc = new CRC32C();
        crc.update(message, 0, end);
        int expected = LittleEndian.readInt(message, end);
        if ((int) crc.getValue() != expected) {
            throw protocolError(address, "OP_MSG checksum mismatch: computed 0x" + Integer.toHexString((int) crc.getValue())
                    + ", message says 0x" + Integer.toHexString(expected));
        }
    }

    private static MongoProtocolException protocolError(ServerAddress address, String detail) {
        return new MongoProtocolException("Invalid reply from " + address + ": " + detail, address);
    }
}
