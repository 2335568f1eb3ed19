package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.RawBsonDocumentCodec;
import org.junit.jupiter.api.Test;

class BsonDecodingReplyViewTest {
    private static final BsonDocument REPLY = new BsonDocument("ok", new BsonInt32(1))
            .append("data", new BsonBinary(new byte[] {1, 2, 3}));

    @Test
    void aReceivedReplyIsHandedOutAsIs() {
        RawBsonDocument received = new RawBsonDocument(REPLY, new BsonDocumentCodec());
        assertSame(received, BsonDecoding.decode(received, BsonDecoding.replyViewCodec()));
    }

    @Test
    void theOrdinaryRawCodecStillCopies() {
        RawBsonDocument received = new RawBsonDocument(REPLY, new BsonDocumentCodec());
        RawBsonDocument decoded = BsonDecoding.decode(received, new RawBsonDocumentCodec());
        assertNotSame(received.getByteBuffer().array(), decoded.getByteBuffer().array());
        assertEquals(received, decoded);
    }

    @Test
    void elsewhereTheReplyViewCodecCopiesLikeTheRawCodec() {
        RawBsonDocument decoded = BsonDecoding.decode(REPLY, BsonDecoding.replyViewCodec());
        assertEquals(REPLY, decoded);
        RawBsonDocument received = new RawBsonDocument(REPLY, new BsonDocumentCodec());
        RawBsonDocument copied = received.decode(BsonDecoding.replyViewCodec());
        assertNotSame(received.getByteBuffer().array(), copied.getByteBuffer().array());
        assertEquals(received, copied);
    }
}
