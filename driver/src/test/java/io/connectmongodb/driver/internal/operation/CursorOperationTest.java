package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

/** The reply's cursor document is the same whether the reply is raw (received) or a tree. */
class CursorOperationTest {
    private static final BsonDocument CURSOR = new BsonDocument("firstBatch",
            new BsonArray(java.util.List.of(new BsonDocument("_id", new BsonInt32(1)))))
            .append("id", new BsonInt64(0)).append("ns", new BsonString("db.c"));

    private static RawBsonDocument raw(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec());
    }

    @Test
    void aRawReplysCursorIsAViewEqualToTheTreeLookup() {
        BsonDocument reply = new BsonDocument("cursursor", new BsonInt32(3)).append("cursor", CURSOR)
                .append("ok", new BsonInt32(1));
        BsonDocument fromRaw = CursorOperation.cursorDocument(raw(reply));
        assertInstanceOf(RawBsonDocument.class, fromRaw);
        assertEquals(CURSOR, fromRaw);
        assertEquals(CURSOR, CursorOperation.cursorDocument(reply));
    }

    @Test
    void aMissingOrMistypedCursorFailsAlikeForRawAndTreeReplies() {
        BsonDocument missing = new BsonDocument("ok", new BsonInt32(1));
        assertThrows(BsonInvalidOperationException.class, () -> CursorOperation.cursorDocument(missing));
        assertThrows(BsonInvalidOperationException.class, () -> CursorOperation.cursorDocument(raw(missing)));
        BsonDocument mistyped = new BsonDocument("cursor", new BsonInt32(1));
        assertThrows(BsonInvalidOperationException.class, () -> CursorOperation.cursorDocument(mistyped));
        assertThrows(BsonInvalidOperationException.class, () -> CursorOperation.cursorDocument(raw(mistyped)));
    }
}
