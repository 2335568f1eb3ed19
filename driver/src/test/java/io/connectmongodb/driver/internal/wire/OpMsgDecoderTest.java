package io.connectmongodb.driver.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;
import java.util.zip.CRC32C;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

class OpMsgDecoderTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("db.example", 27017);
    private static final int MAX = MessageLimits.DEFAULT_MAX_MESSAGE_SIZE_BYTES;
    /** {ok: 1.0}. */
    private static final String OK_BODY = "11000000 01 6f6b00 000000000000f03f 00";

    private static HexBytes reply(int flags) {
        return HexBytes.start().int32(0).int32(100).int32(7).int32(2013).int32(flags);
    }

    private static byte[] okReply() {
        return reply(0).hex("00").hex(OK_BODY).withLengthPrefix();
    }

    private static MongoProtocolException rejected(byte[] message) {
        MongoProtocolException e = assertThrows(MongoProtocolException.class,
                () -> OpMsgDecoder.decode(message, MAX, ADDRESS));
        assertTrue(e.getMessage().contains("db.example:27017"), e.getMessage());
        assertSame(ADDRESS, e.serverAddress());
        return e;
    }

    private static byte[] withChecksum(byte[] withoutChecksum) {
        byte[] message = HexBytes.start().bytes(withoutChecksum).int32(0).withLengthPrefix();
        CRC32C crc = new CRC32C();
        crc.update(message, 0, message.length - 4);
        LittleEndian.writeInt(message, message.length - 4, (int) crc.getValue());
        return message;
    }

    @Test
    void decodesHandBuiltReplyWithoutCopying() {
        byte[] message = okReply();
        OpMsgReply decoded = OpMsgDecoder.decode(message, MAX, ADDRESS);

        assertEquals(new MessageHeader(38, 100, 7, 2013), decoded.header());
        assertEquals(0, decoded.flags());
        assertEquals(new BsonDocument("ok", new org.bson.BsonDouble(1.0)), decoded.body());
        assertTrue(decoded.sequences().isEmpty());
        assertFalse(decoded.moreToCome());
        // the body views the received array: the same backing array, at the section's offset
        java.nio.ByteBuffer view = decoded.body().getByteBuffer().asNIO();
        assertSame(message, view.array());
        assertEquals(21, view.arrayOffset() + view.position());
    }

    @Test
    void decodesDocumentSequences() {
        byte[] message = reply(0).hex("00").hex(OK_BODY)
                .hex("01").int32(4 + 10 + 14 + 14).ascii("documents").hex("00")
                .hex(OpMsgEncoderTest.ID_DOC).hex(OpMsgEncoderTest.ID_DOC)
                .hex("01").int32(4 + 2).ascii("e").hex("00") // an empty sequence
                .withLengthPrefix();
        OpMsgReply decoded = OpMsgDecoder.decode(message, MAX, ADDRESS);

        assertEquals(2, decoded.sequences().size());
        assertEquals("documents", decoded.sequences().get(0).identifier());
        assertEquals(2, decoded.sequences().get(0).documents().size());
        assertEquals(new BsonDocument("_id", new BsonInt32(1)), decoded.sequences().get(0).documents().get(1));
        assertEquals("e", decoded.sequences().get(1).identifier());
        assertTrue(decoded.sequences().get(1).documents().isEmpty());
    }

    @Test
    void validChecksumIsAccepted() {
        byte[] message = withChecksum(reply(OpMsgFlags.CHECKSUM_PRESENT).hex("00").hex(OK_BODY).toArray());
        OpMsgReply decoded = OpMsgDecoder.decode(message, MAX, ADDRESS);
        assertEquals(1.0, decoded.body().getDouble("ok").getValue());
    }

    @Test
    void corruptedMessageWithChecksumIsRejected() {
        byte[] message = withChecksum(reply(OpMsgFlags.CHECKSUM_PRESENT).hex("00").hex(OK_BODY).toArray());
        message[30] ^= 0x01; // flip a bit inside the double
        assertTrue(rejected(message).getMessage().contains("checksum"));
    }

    @Test
    void lengthBelowHeaderSizeIsRejected() {
        byte[] header = HexBytes.start().int32(15).int32(1).int32(7).int32(2013).toArray();
        assertThrows(MongoProtocolException.class, () -> MessageHeader.parse(header, 0, MAX, ADDRESS));
        byte[] negative = HexBytes.start().int32(-5).int32(1).int32(7).int32(2013).toArray();
        assertThrows(MongoProtocolException.class, () -> MessageHeader.parse(negative, 0, MAX, ADDRESS));
    }

    @Test
    void lengthAboveMaximumIsRejectedFromTheHeaderAlone() {
        byte[] header = HexBytes.start().int32(1001).int32(1).int32(7).int32(2013).toArray();
        MongoProtocolException e = assertThrows(MongoProtocolException.class,
                () -> MessageHeader.parse(header, 0, 1000, ADDRESS));
        assertTrue(e.getMessage().contains("1001"), e.getMessage());
        assertEquals(1000, MessageHeader.parse(HexBytes.start().int32(1000).int32(1).int32(7).int32(2013).toArray(),
                0, 1000, ADDRESS).messageLength());
    }

    @Test
    void unknownOpcodeIsRejected() {
        byte[] opReply = HexBytes.start().int32(0).int32(100).int32(7).int32(1).int32(0).hex("00").hex(OK_BODY)
                .withLengthPrefix();
        assertTrue(rejected(opReply).getMessage().contains("opcode 1"));
    }

    @Test
    void unknownSectionKindIsRejected() {
        byte[] message = reply(0).hex("00").hex(OK_BODY).hex("02").hex(OK_BODY).withLengthPrefix();
        assertTrue(rejected(message).getMessage().contains("section kind 2"));
    }

    @Test
    void unknownRequiredFlagBitIsRejectedButUnknownOptionalBitIsNot() {
        byte[] required = reply(1 << 2).hex("00").hex(OK_BODY).withLengthPrefix();
        assertTrue(rejected(required).getMessage().contains("flag"));

        byte[] optional = reply(1 << 20).hex("00").hex(OK_BODY).withLengthPrefix();
        assertEquals(1 << 20, OpMsgDecoder.decode(optional, MAX, ADDRESS).flags());
    }

    @Test
    void truncatedMessagesAreRejected() {
        byte[] complete = okReply();
        byte[] shorter = java.util.Arrays.copyOf(complete, complete.length - 3);
        rejected(shorter); // header still says the full length

        // consistent header, but the body's size runs past the end
        byte[] cut = reply(0).hex("00").hex("11000000 01 6f6b00 0000").withLengthPrefix();
        rejected(cut);
        // a sequence whose size runs past the end
        byte[] cutSequence = reply(0).hex("00").hex(OK_BODY).hex("01").int32(40).ascii("d").hex("00")
                .withLengthPrefix();
        rejected(cutSequence);
        // flags but no section at all
        rejected(reply(0).withLengthPrefix());
    }

    @Test
    void malformedBsonIsRejected() {
        // wrong terminator
        rejected(reply(0).hex("00").hex("11000000 01 6f6b00 000000000000f03f 01").withLengthPrefix());
        // unknown element type 0x20
        rejected(reply(0).hex("00").hex("11000000 20 6f6b00 000000000000f03f 00").withLengthPrefix());
        // string whose length runs past its document
        rejected(reply(0).hex("00").hex("0f000000 02 7300 ff000000 6100 00").withLengthPrefix());
        // nested document declaring more bytes than its parent holds
        rejected(reply(0).hex("00").hex("10000000 03 6400 20000000 0000 00 00").withLengthPrefix());
        // terminator found before the declared end
        rejected(reply(0).hex("00").hex("0a000000 00 0000000000").withLengthPrefix());
        // document size below the minimum of 5
        rejected(reply(0).hex("00").hex("04000000 00").withLengthPrefix());
    }

    @Test
    void valuesTheBsonDecoderWouldRefuseLaterAreRejectedAtTheGate() {
        // found by WireFuzzIT: these passed framing and then threw an untyped BsonSerializationException
        // when the body was read. Boolean 2:
        rejected(reply(0).hex("00").hex("09000000 08 6200 02 00").withLengthPrefix());
        // old binary (subtype 2) whose inner length is not the outer length - 4:
        rejected(reply(0).hex("00").hex("12000000 05 6200 05000000 02 05000000 41 00").withLengthPrefix());
        // old binary too short to hold its inner length:
        rejected(reply(0).hex("00").hex("0e000000 05 6200 01000000 02 41 00").withLengthPrefix());
        // the consistent forms still decode
        assertEquals(new org.bson.BsonBoolean(true), OpMsgDecoder.decode(
                reply(0).hex("00").hex("09000000 08 6200 01 00").withLengthPrefix(), MAX, ADDRESS).body().get("b"));
        assertEquals(new org.bson.BsonBinary((byte) 2, new byte[] {0x41}), OpMsgDecoder.decode(
                reply(0).hex("00").hex("12000000 05 6200 05000000 02 01000000 41 00").withLengthPrefix(), MAX, ADDRESS)
                .body().get("b"));
    }

    @Test
    void bodyMustBePresentExactlyOnce() {
        rejected(reply(0).hex("01").int32(6).ascii("e").hex("00").withLengthPrefix());
        rejected(reply(0).hex("00").hex(OK_BODY).hex("00").hex(OK_BODY).withLengthPrefix());
    }

    @Test
    void deeplyNestedDocumentsAreCheckedWithoutRecursion() {
        // the deepest accepted reply (the body itself is level 1) decodes ...
        byte[] deepest = nested(BsonFramingCheck.MAX_DEPTH - 1);
        assertEquals(deepest.length - 21, OpMsgDecoder.decode(deepest, MAX, ADDRESS).body().getByteBuffer().remaining());
        // ... and a far deeper one is a typed protocol error, not a stack overflow later
        rejected(nested(20_000));
    }

    /** An OP_MSG reply whose body is {a: {a: {... {} ...}}}, {@code depth} levels below the body. */
    private static byte[] nested(int depth) {
        HexBytes nested = HexBytes.start();
        // {a: {a: {... {} ...}}}: each level is int32 size, 0x03 "a\0", child, 0x00
        int[] sizes = new int[depth + 1];
        sizes[depth] = 5;
        for (int level = depth - 1; level >= 0; level--) {
            sizes[level] = 4 + 1 + 2 + sizes[level + 1] + 1;
        }
        for (int level = 0; level < depth; level++) {
            nested.int32(sizes[level]).hex("03 6100");
        }
        nested.int32(5).hex("00");
        for (int level = 0; level < depth; level++) {
            nested.hex("00");
        }
        return reply(0).hex("00").bytes(nested.toArray()).withLengthPrefix();
    }

    @Test
    void everyBsonTypeIsWalked() {
        BsonDocument all = BsonDocument.parse("{d: 1.5, s: 'x', o: {a: 1}, a: [1, 2], b: {$binary: {base64: 'AQI=',"
                + " subType: '00'}}, u: {$undefined: true}, id: {$oid: '0123456789abcdef01234567'}, t: true,"
                + " dt: {$date: 5}, n: null, r: {$regex: 'a', $options: 'i'},"
                + " p: {$dbPointer: {'$ref': 'c', '$id': {'$oid': '0123456789abcdef01234567'}}}, js: {$code: 'f()'},"
                + " sy: {$symbol: 's'}, cws: {$code: 'g()', $scope: {x: 1}}, i: 7, ts: {$timestamp: {t: 1, i: 2}},"
                + " l: {$numberLong: '8'}, dec: {$numberDecimal: '1.1'}, mn: {$minKey: 1}, mx: {$maxKey: 1},"
                + " $db: 'x'}");
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(1, 7, 0, MessageLimits.DEFAULTS);
        encoder.body(all);
        int length = encoder.finish();
        byte[] message = java.util.Arrays.copyOf(encoder.bytes(), length);
        assertEquals(all, OpMsgDecoder.decode(message, MAX, ADDRESS).body());
        assertEquals(new BsonString("x"), OpMsgDecoder.decode(message, MAX, ADDRESS).body().get("s"));
    }

    @Test
    void bodyCheckFindsTheOkVerdict() {
        assertOk(OkStatus.OK, "{ok: 1.0}");
        assertOk(OkStatus.OK, "{n: 1, ok: 1}");
        assertOk(OkStatus.OK, "{ok: {$numberLong: '1'}}");
        assertOk(OkStatus.OK, "{ok: true, x: 'y'}");
        assertOk(OkStatus.NOT_OK, "{ok: 0.0, errmsg: 'no'}");
        assertOk(OkStatus.NOT_OK, "{ok: false}");
        assertOk(OkStatus.NOT_OK, "{ok: 2}");
        assertOk(OkStatus.NOT_OK, "{ok: '1'}");
        assertOk(OkStatus.NOT_OK, "{a: {ok: 1}}");
        assertOk(OkStatus.NOT_OK, "{oks: 1, o: 1}");
        assertOk(OkStatus.NOT_OK, "{ok: 0, ok: 1}");
        assertOk(OkStatus.UNDECIDED, "{ok: {$numberDecimal: '1'}}");
    }

    private static void assertOk(OkStatus expected, String body) {
        byte[] bodyBytes = bytesOf(org.bson.RawBsonDocument.parse(body));
        byte[] message = reply(0).hex("00").bytes(bodyBytes).withLengthPrefix();
        assertEquals(expected, OpMsgDecoder.decode(message, MAX, ADDRESS).ok(), body);
    }

    private static byte[] bytesOf(org.bson.RawBsonDocument document) {
        java.nio.ByteBuffer buffer = document.getByteBuffer().asNIO();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
