package io.connectmongodb.driver.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoSizeLimitExceededException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

class OpMsgEncoderTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("localhost", 27017);

    /** {ping: 1, $db: "a"}: int32 element (10 bytes) + string element (11 bytes) + 5 bytes of framing. */
    static final String PING_BODY = "1a000000"
            + "10 70696e6700 01000000"
            + "02 24646200 02000000 6100"
            + "00";
    /** {_id: 1}. */
    static final String ID_DOC = "0e000000 10 5f696400 01000000 00";

    private static BsonDocument ping() {
        return new BsonDocument("ping", new BsonInt32(1)).append("$db", new BsonString("a"));
    }

    private static byte[] encoded(OpMsgEncoder encoder, int length) {
        return Arrays.copyOf(encoder.bytes(), length);
    }

    @Test
    void encodesBodyAndDocumentSequenceToExactBytes() {
        byte[] expected = HexBytes.start()
                .int32(76).int32(7).int32(0).int32(2013) // header: length, requestID, responseTo, OP_MSG
                .int32(0)                                  // flags
                .hex("00").hex(PING_BODY)                  // kind 0: body
                .hex("01").int32(28).ascii("documents").hex("00").hex(ID_DOC) // kind 1: size, identifier, docs
                .toArray();
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(7, 0, 0, MessageLimits.DEFAULTS);
        encoder.body(ping());
        encoder.sequence("documents", List.of(new BsonDocument("_id", new BsonInt32(1))));
        int length = encoder.finish();

        assertEquals(76, length);
        assertArrayEquals(expected, encoded(encoder, length));
    }

    @Test
    void rawDocumentsAreCopiedVerbatimAndGiveTheSameBytes() {
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(7, 0, 0, MessageLimits.DEFAULTS);
        encoder.body(ping());
        encoder.sequence("documents", List.of(new BsonDocument("_id", new BsonInt32(1))));
        byte[] viaCodec = encoded(encoder, encoder.finish());

        // a raw document that is a slice of a larger array, as decoded replies are
        byte[] padded = HexBytes.start().hex("ffff").hex(ID_DOC).hex("ffff").toArray();
        encoder.start(7, 0, 0, MessageLimits.DEFAULTS);
        encoder.body(new RawBsonDocument(ping(), new BsonDocumentCodec()));
        encoder.sequence("documents", List.of(new RawBsonDocument(padded, 2, 14)));
        byte[] viaRaw = encoded(encoder, encoder.finish());

        assertArrayEquals(viaCodec, viaRaw);
    }

    @Test
    void encoderIsReusableAcrossMessages() {
        OpMsgEncoder encoder = new OpMsgEncoder();
        for (int i = 0; i < 3; i++) {
            encoder.start(i, 0, 0, MessageLimits.DEFAULTS);
            encoder.body(ping());
            int length = encoder.finish();
            assertEquals(16 + 4 + 1 + 26, length);
            OpMsgReply decoded = OpMsgDecoder.decode(encoded(encoder, length), Integer.MAX_VALUE, ADDRESS);
            assertEquals(i, decoded.header().requestId());
            assertEquals(ping(), decoded.body());
            encoder.release();
        }
    }

    @Test
    void checksumFlagAppendsCrc32cOfTheWholeMessage() {
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(9, 0, OpMsgFlags.CHECKSUM_PRESENT, MessageLimits.DEFAULTS);
        encoder.body(ping());
        int length = encoder.finish();
        byte[] message = encoded(encoder, length);

        assertEquals(16 + 4 + 1 + 26 + 4, length);
        CRC32C crc = new CRC32C();
        crc.update(message, 0, length - 4);
        assertEquals((int) crc.getValue(), LittleEndian.readInt(message, length - 4));
        assertEquals(ping(), OpMsgDecoder.decode(message, Integer.MAX_VALUE, ADDRESS).body());
    }

    @Test
    void sequencesOfRawTreeAndMixedDocumentsGiveTheSameBytes() {
        List<BsonDocument> trees = List.of(new BsonDocument("_id", new BsonInt32(1)),
                new BsonDocument("_id", new BsonInt32(2)).append("s", new BsonString("two")),
                new BsonDocument("_id", new BsonInt32(3)));
        List<BsonDocument> raws = trees.stream()
                .map(d -> (BsonDocument) new RawBsonDocument(d, new BsonDocumentCodec())).toList();
        List<BsonDocument> mixed = List.of(raws.get(0), trees.get(1), raws.get(2));
        OpMsgEncoder encoder = new OpMsgEncoder();
        byte[][] results = new byte[3][];
        List<List<BsonDocument>> inputs = List.of(trees, raws, mixed);
        for (int i = 0; i < 3; i++) {
            encoder.start(9, 0, 0, MessageLimits.DEFAULTS);
            encoder.body(ping());
            encoder.sequence("documents", inputs.get(i));
            results[i] = encoded(encoder, encoder.finish());
        }
        assertArrayEquals(results[0], results[1]);
        assertArrayEquals(results[0], results[2]);
    }

    @Test
    void aNullAmongRawDocumentsIsRefusedByTheSequenceName() {
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(1, 0, 0, MessageLimits.DEFAULTS);
        encoder.body(ping());
        java.util.List<BsonDocument> withNull = new java.util.ArrayList<>();
        withNull.add(new RawBsonDocument(new BsonDocument("_id", new BsonInt32(1)), new BsonDocumentCodec()));
        withNull.add(null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> encoder.sequence("updates", withNull));
        assertEquals("document sequence 'updates' contains null", e.getMessage());
    }

    @Test
    void documentInSequenceLargerThanMaxBsonObjectSizeIsRejected() {
        MessageLimits limits = new MessageLimits(100, 1_000_000);
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(1, 0, 0, limits);
        encoder.body(ping());
        BsonDocument big = new BsonDocument("b", new BsonBinary(new byte[100]));
        MongoSizeLimitExceededException e = assertThrows(MongoSizeLimitExceededException.class,
                () -> encoder.sequence("documents", List.of(big)));
        assertTrue(e.getMessage().contains("100"), e.getMessage());
        // the same size, pre-encoded, is rejected before it is copied
        encoder.start(1, 0, 0, limits);
        encoder.body(ping());
        assertThrows(MongoSizeLimitExceededException.class, () -> encoder.sequence("documents",
                List.of(new RawBsonDocument(big, new BsonDocumentCodec()))));
    }

    @Test
    void commandBodyGetsSixteenKibibytesBeyondMaxBsonObjectSize() {
        MessageLimits limits = new MessageLimits(100, 1_000_000);
        OpMsgEncoder encoder = new OpMsgEncoder();
        // 100 + 16384 bytes is the largest allowed body: binary of n bytes is a document of n + 13 bytes
        encoder.start(1, 0, 0, limits);
        encoder.body(new BsonDocument("b", new BsonBinary(new byte[100 + 16 * 1024 - 13])));
        encoder.finish();

        encoder.start(1, 0, 0, limits);
        assertThrows(MongoSizeLimitExceededException.class,
                () -> encoder.body(new BsonDocument("b", new BsonBinary(new byte[100 + 16 * 1024 - 12]))));
    }

    @Test
    void messageLargerThanMaxMessageSizeIsRejected() {
        MessageLimits limits = new MessageLimits(1000, 200);
        OpMsgEncoder encoder = new OpMsgEncoder();
        encoder.start(1, 0, 0, limits);
        encoder.body(ping());
        BsonDocument doc = new BsonDocument("b", new BsonBinary(new byte[50]));
        assertThrows(MongoSizeLimitExceededException.class,
                () -> encoder.sequence("documents", List.of(doc, doc, doc)));
    }

    @Test
    void misuseFailsClearly() {
        OpMsgEncoder encoder = new OpMsgEncoder();
        assertThrows(IllegalStateException.class, () -> encoder.body(ping()));
        encoder.start(1, 0, 0, MessageLimits.DEFAULTS);
        assertThrows(IllegalStateException.class, encoder::finish);
        assertThrows(IllegalArgumentException.class, () -> encoder.sequence("", List.of()));
        assertThrows(IllegalArgumentException.class, () -> encoder.body(null));
        encoder.body(ping());
        assertThrows(IllegalStateException.class, () -> encoder.body(ping()));
        assertThrows(IllegalArgumentException.class,
                () -> encoder.start(1, 0, OpMsgFlags.MORE_TO_COME | OpMsgFlags.EXHAUST_ALLOWED, MessageLimits.DEFAULTS));
    }
}
