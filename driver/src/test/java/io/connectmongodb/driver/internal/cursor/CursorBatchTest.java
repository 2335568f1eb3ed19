package io.connectmongodb.driver.internal.cursor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import java.nio.ByteBuffer;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.junit.jupiter.api.Test;

class CursorBatchTest {
    private static final Codec<Document> DOCUMENTS = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    @Test
    void walksAReceivedArrayInPlaceAndDecodesEachDocument() {
        BsonArray array = new BsonArray(List.of(
                new BsonDocument("_id", new BsonInt32(1)).append("s", new BsonString("a")),
                new BsonDocument("_id", new BsonInt32(2)),
                new BsonDocument()));
        CursorBatch batch = received(array);

        assertEquals(3, batch.remaining());
        batch.advance();
        assertEquals(new Document("_id", 1).append("s", "a"), batch.decodeCurrent(DOCUMENTS));
        batch.advance();
        assertEquals(new BsonDocument("_id", new BsonInt32(2)), batch.decodeCurrent(new BsonDocumentCodec()));
        assertEquals(1, batch.remaining());
        batch.advance();
        assertEquals(new Document(), batch.decodeCurrent(DOCUMENTS));
        assertTrue(batch.isEmpty());
        assertThrows(IllegalStateException.class, batch::advance);
    }

    @Test
    void aNonDocumentElementFailsAsTheBsonLibraryDoes() {
        BsonArray array = new BsonArray(List.of(new BsonDocument("n", new BsonInt32(1)), new BsonInt32(5)));
        String expected = assertThrows(BsonInvalidOperationException.class, () -> array.get(1).asDocument()).getMessage();
        for (CursorBatch batch : List.of(received(array), CursorBatch.of(array))) {
            batch.advance();
            batch.advance();
            BsonInvalidOperationException e = assertThrows(BsonInvalidOperationException.class, () -> batch.decodeCurrent(DOCUMENTS));
            assertEquals(expected, e.getMessage());
        }
    }

    @Test
    void aBatchGivenAsAListIsReadThroughIt() {
        CursorBatch batch = CursorBatch.of(new BsonArray(List.of(new BsonDocument("a", new BsonInt32(1)))));
        assertEquals(1, batch.remaining());
        assertThrows(IllegalStateException.class, () -> batch.decodeCurrent(DOCUMENTS));
        batch.advance();
        assertEquals(new Document("a", 1), batch.decodeCurrent(DOCUMENTS));
        assertTrue(CursorBatch.empty().isEmpty());
        assertEquals(0, received(new BsonArray()).remaining());
    }

    /** The array as the value of a field of a received document, addressed inside its bytes. */
    private static CursorBatch received(BsonArray array) {
        RawBsonDocument raw = new RawBsonDocument(new BsonDocument("pad", new BsonString("p")).append("b", array),
                new BsonDocumentCodec());
        ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        // 4 (length) + 0x02 "pad\0" + int32 2 + "p\0" + 0x04 "b\0"
        int arrayOffset = 4 + 1 + 4 + 4 + 2 + 1 + 2;
        return CursorBatch.ofBytes(bytes, arrayOffset);
    }
}
