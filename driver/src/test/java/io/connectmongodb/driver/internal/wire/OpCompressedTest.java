package io.connectmongodb.driver.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.internal.compression.CodecLibraries;
import io.connectmongodb.driver.internal.compression.Compressor;
import io.connectmongodb.driver.internal.compression.WireCompression;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OP_COMPRESSED frames: golden bytes built by hand for noop and zlib, round trips through every
 * compressor, and every malformed frame failing with a {@link MongoProtocolException} and no message.
 */
class OpCompressedTest {
    private static final ServerAddress SERVER = ServerAddress.of("db.test", 27017);
    private static final int LIMIT = 48_000_000;
    private static final WireCompression RECEIVER = WireCompression.none();

    /** The OP_MSG body (after the header) of the reply {ok: 1.0}: flags, kind 0, the document. */
    private static final String OK_BODY_HEX = "00000000" + "00" + "11000000 01 6f6b00 000000000000f03f 00";

    /** An OP_MSG reply {ok: 1.0}, requestID 7, responseTo 3. */
    private static byte[] okMessage() {
        return HexBytes.start().int32(38).int32(7).int32(3).int32(2013).hex(OK_BODY_HEX).toArray();
    }

    private static byte[] decompress(byte[] frame) {
        return OpCompressedDecoder.decompress(frame, LIMIT, SERVER, RECEIVER::forId);
    }

    private static MongoProtocolException rejected(byte[] frame, int limit) {
        return assertThrows(MongoProtocolException.class,
                () -> OpCompressedDecoder.decompress(frame, limit, SERVER, RECEIVER::forId));
    }

    private static HexBytes frameHeader(int requestId, int responseTo) {
        return HexBytes.start().int32(0).int32(requestId).int32(responseTo).int32(2012);
    }

    @Test
    void noopFrameEncodesToTheGoldenBytes() {
        byte[] golden = frameHeader(7, 3)
                .int32(2013) // originalOpcode
                .int32(22)   // uncompressedSize: the OP_MSG without its header
                .hex("00")   // compressorId noop
                .hex(OK_BODY_HEX)
                .withLengthPrefix();
        OpCompressedEncoder encoder = new OpCompressedEncoder();
        byte[] message = okMessage();

        int length = encoder.encode(message, message.length, RECEIVER.forId(0));

        assertEquals(47, length);
        assertArrayEquals(golden, Arrays.copyOf(encoder.bytes(), length));
        assertArrayEquals(message, decompress(golden));
    }

    @Test
    void zlibGoldenFrameWithAStoredBlockDecodes() {
        // zlib by hand: header 78 01, one final stored block (BFINAL=1, BTYPE=00) of 22 bytes, Adler-32
        byte[] golden = frameHeader(7, 3).int32(2013).int32(22).hex("02")
                .hex("7801").hex("01 1600 e9ff").hex(OK_BODY_HEX).hex("0e5f021c")
                .withLengthPrefix();

        byte[] message = decompress(golden);

        assertArrayEquals(okMessage(), message);
        OpMsgReply reply = OpMsgDecoder.decode(message, LIMIT, SERVER);
        assertEquals(new BsonDocument("ok", new BsonDouble(1)), reply.body());
        assertEquals(3, reply.header().responseTo());
    }

    @Test
    void zlibGoldenFrameFromTheReferenceLibraryDecodes() {
        // the same body deflated by the reference zlib at level 9
        byte[] golden = frameHeader(7, 3).int32(2013).int32(22).hex("02")
                .hex("78da63600002412066cccf6680800ff60c000e5f021c")
                .withLengthPrefix();
        assertArrayEquals(okMessage(), decompress(golden));
    }

    @Test
    void zlibEncodingHasTheGoldenPrefixAndAStandardZlibPayload() throws Exception {
        byte[] message = okMessage();
        OpCompressedEncoder encoder = new OpCompressedEncoder();
        int length = encoder.encode(message, message.length, RECEIVER.forId(2));
        byte[] frame = Arrays.copyOf(encoder.bytes(), length);

        byte[] goldenPrefix = HexBytes.start().int32(length).int32(7).int32(3).int32(2012)
                .int32(2013).int32(22).hex("02").toArray();
        assertArrayEquals(goldenPrefix, Arrays.copyOf(frame, 25));
        Inflater inflater = new Inflater();
        inflater.setInput(frame, 25, length - 25);
        byte[] body = new byte[22];
        assertEquals(22, inflater.inflate(body));
        assertTrue(inflater.finished());
        inflater.end();
        assertArrayEquals(Arrays.copyOfRange(message, 16, 38), body);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyCompressorRoundTripsALargeMessage(int compressorId) {
        OpMsgEncoder msg = new OpMsgEncoder();
        msg.start(41, 40, 0, MessageLimits.DEFAULTS);
        BsonDocument body = new BsonDocument("ok", new BsonDouble(1));
        for (int i = 0; i < 2000; i++) {
            body.append("field" + i, new BsonString("value number " + i + " of a fairly repetitive reply"));
        }
        msg.body(body);
        int length = msg.finish();
        byte[] message = Arrays.copyOf(msg.bytes(), length);
        Compressor compressor = RECEIVER.forId(compressorId);
        OpCompressedEncoder encoder = new OpCompressedEncoder();

        int frameLength = encoder.encode(message, length, compressor);
        byte[] restored = decompress(Arrays.copyOf(encoder.bytes(), frameLength));

        assertArrayEquals(message, restored);
        assertEquals(body, OpMsgDecoder.decode(restored, LIMIT, SERVER).body());
        if (compressorId != 0) {
            assertTrue(frameLength * 3 < length, compressor.name() + " frame " + frameLength + " of " + length);
        }
    }

    @Test
    void wrongUncompressedSizeFails() {
        for (int declared : new int[] {21, 23, 1000}) {
            byte[] frame = frameHeader(7, 3).int32(2013).int32(declared).hex("00").hex(OK_BODY_HEX).withLengthPrefix();
            assertTrue(rejected(frame, LIMIT).getMessage().contains("uncompressedSize is " + declared));
            byte[] zlib = frameHeader(7, 3).int32(2013).int32(declared).hex("02")
                    .hex("78da63600002412066cccf6680800ff60c000e5f021c").withLengthPrefix();
            String message = rejected(zlib, LIMIT).getMessage();
            assertTrue(message.contains("zlib payload") && message.contains(String.valueOf(declared)), message);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 99, 255})
    void unknownCompressorIdFails(int id) {
        byte[] frame = frameHeader(7, 3).int32(2013).int32(22).hex(String.format("%02x", id)).hex(OK_BODY_HEX)
                .withLengthPrefix();
        MongoProtocolException e = rejected(frame, LIMIT);
        assertTrue(e.getMessage().contains("unknown compressorId " + id), e.getMessage());
        assertTrue(e.getMessage().contains("db.test:27017"), e.getMessage());
    }

    @Test
    void compressorWhoseLibraryIsMissingFails() {
        WireCompression zlibOnly = WireCompression.of(
                new io.connectmongodb.driver.internal.compression.CompressionSettings(java.util.List.of("zlib"), -1),
                CodecLibraries.only(Set.of("zlib")));
        byte[] frame = frameHeader(7, 3).int32(2013).int32(22).hex("03").hex(OK_BODY_HEX).withLengthPrefix();
        MongoProtocolException e = assertThrows(MongoProtocolException.class,
                () -> OpCompressedDecoder.decompress(frame, LIMIT, SERVER, zlibOnly::forId));
        assertTrue(e.getMessage().contains("compressorId 3 (zstd), which is not available"), e.getMessage());
    }

    @Test
    void truncatedPayloadFails() {
        byte[] full = HexBytes.start().hex("78da63600002412066cccf6680800ff60c000e5f021c").toArray();
        for (int keep : new int[] {1, 2, 10, full.length - 1}) {
            byte[] frame = frameHeader(7, 3).int32(2013).int32(22).hex("02").bytes(Arrays.copyOf(full, keep))
                    .withLengthPrefix();
            assertTrue(rejected(frame, LIMIT).getMessage().contains("zlib payload"));
        }
        byte[] noPayload = frameHeader(7, 3).int32(2013).int32(22).hex("02").withLengthPrefix();
        assertTrue(rejected(noPayload, LIMIT).getMessage().contains("truncated"));
        byte[] noPrefix = frameHeader(7, 3).int32(2013).hex("0000").withLengthPrefix();
        assertTrue(rejected(noPrefix, LIMIT).getMessage().contains("truncated"));
    }

    @Test
    void declaredSizeOverTheLimitFailsBeforeDecompressing() {
        byte[] frame = frameHeader(7, 3).int32(2013).int32(Integer.MAX_VALUE).hex("02")
                .hex("78da63600002412066cccf6680800ff60c000e5f021c").withLengthPrefix();
        MongoProtocolException e = rejected(frame, LIMIT);
        assertTrue(e.getMessage().contains("exceed maxMessageSizeBytes " + LIMIT), e.getMessage());
        byte[] justOver = frameHeader(7, 3).int32(2013).int32(1000 - 15).hex("00").hex(OK_BODY_HEX).withLengthPrefix();
        assertTrue(rejected(justOver, 1000).getMessage().contains("exceed maxMessageSizeBytes 1000"));
    }

    @Test
    void negativeOrZeroUncompressedSizeFails() {
        for (int declared : new int[] {0, -1, Integer.MIN_VALUE}) {
            byte[] frame = frameHeader(7, 3).int32(2013).int32(declared).hex("00").hex(OK_BODY_HEX).withLengthPrefix();
            assertTrue(rejected(frame, LIMIT).getMessage().contains("uncompressedSize " + declared));
        }
    }

    @Test
    void decompressionBombFails() {
        byte[] bomb = deflate(new byte[10_000_000]);
        assertTrue(bomb.length < 20_000);
        byte[] frame = frameHeader(7, 3).int32(2013).int32(1_000_000).hex("02").bytes(bomb).withLengthPrefix();
        MongoProtocolException e = rejected(frame, LIMIT);
        assertTrue(e.getMessage().contains("more than the declared uncompressedSize 1000000"), e.getMessage());
        byte[] honest = frameHeader(7, 3).int32(2013).int32(10_000_000).hex("02").bytes(bomb).withLengthPrefix();
        assertTrue(rejected(honest, 4_000_000).getMessage().contains("exceed maxMessageSizeBytes"));
    }

    @Test
    void wrappedOpcodeOtherThanOpMsgFails() {
        byte[] frame = frameHeader(7, 3).int32(1).int32(22).hex("00").hex(OK_BODY_HEX).withLengthPrefix();
        assertTrue(rejected(frame, LIMIT).getMessage().contains("wraps opcode 1"));
    }

    @Test
    void frameLengthMustMatchItsHeader() {
        byte[] frame = frameHeader(7, 3).int32(2013).int32(22).hex("00").hex(OK_BODY_HEX).withLengthPrefix();
        byte[] longer = Arrays.copyOf(frame, frame.length + 1);
        assertTrue(rejected(longer, LIMIT).getMessage().contains("declares"));
    }

    @Test
    void headerParsingAdmitsOpCompressedOnlyForReplies() {
        byte[] header = frameHeader(7, 3).withLengthPrefix();
        header[0] = 40;
        assertTrue(MessageHeader.parseReply(header, 0, LIMIT, SERVER).isCompressed());
        assertThrows(MongoProtocolException.class, () -> MessageHeader.parse(header, 0, LIMIT, SERVER));
        byte[] opMsgDecoderInput = frameHeader(7, 3).int32(2013).int32(22).hex("00").hex(OK_BODY_HEX).withLengthPrefix();
        assertThrows(MongoProtocolException.class, () -> OpMsgDecoder.decode(opMsgDecoderInput, LIMIT, SERVER));
    }

    @Test
    void encoderRejectsAMessageShorterThanAHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new OpCompressedEncoder().encode(new byte[10], 10, RECEIVER.forId(2)));
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(9);
        deflater.setInput(input);
        deflater.finish();
        byte[] out = new byte[input.length / 100 + 1024];
        int length = deflater.deflate(out);
        assertTrue(deflater.finished());
        deflater.end();
        return Arrays.copyOf(out, length);
    }
}
