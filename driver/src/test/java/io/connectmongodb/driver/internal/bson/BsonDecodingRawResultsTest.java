package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.RawBsonDocumentCodec;
import org.junit.jupiter.api.Test;

/** {@code RawBsonDocument} results: the document's own bytes, copied once out of the reply. */
class BsonDecodingRawResultsTest {
    private static final BsonDocument FIRST = new BsonDocument("_id", new BsonInt32(1))
            .append("nested", new BsonDocument("a", new BsonArray(Arrays.asList(new BsonString("x"), new BsonInt32(2)))));
    private static final BsonDocument SECOND = new BsonDocument("_id", new BsonInt32(2)).append("s", new BsonString("é"));

    @Test
    void aDocumentInsideReplyBytesIsCopiedExactlyAndEqualsTheCodecsResult() {
        byte[] first = bytes(FIRST);
        byte[] second = bytes(SECOND);
        byte[] reply = new byte[3 + first.length + second.length + 2];
        System.arraycopy(first, 0, reply, 3, first.length);
        System.arraycopy(second, 0, reply, 3 + first.length, second.length);

        RawBsonDocument decoded = BsonDecoding.decode(reply, 3 + first.length, new RawBsonDocumentCodec());
        RawBsonDocument viaCodec = new RawBsonDocument(reply, 3 + first.length, second.length).decode(new RawBsonDocumentCodec());

        assertEquals(viaCodec, decoded);
        assertEquals(SECOND, decoded);
        assertEquals(second.length, decoded.getByteBuffer().array().length, "an array of the document's own size");
        assertArrayEquals(second, decoded.getByteBuffer().array());
    }

    @Test
    void aReceivedDocumentIsCopiedOutOfItsReply() {
        byte[] first = bytes(FIRST);
        byte[] reply = new byte[first.length + 10];
        System.arraycopy(first, 0, reply, 5, first.length);
        RawBsonDocument view = new RawBsonDocument(reply, 5, first.length);

        RawBsonDocument decoded = BsonDecoding.decode(view, new RawBsonDocumentCodec());

        assertNotSame(reply, decoded.getByteBuffer().array());
        assertArrayEquals(first, decoded.getByteBuffer().array());
        reply[5 + 10] ^= 0x7F;
        assertEquals(FIRST, decoded, "later changes to the reply bytes do not reach the result");
    }

    private static byte[] bytes(BsonDocument document) {
        RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
        return Arrays.copyOfRange(raw.getByteBuffer().array(), 0, raw.getByteBuffer().remaining());
    }
}
