package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.error.MongoSizeLimitExceededException;
import io.connectmongodb.driver.internal.bson.BsonEncoding;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

/** Size checks of prepared write statements: the document first, then the whole statement. */
class DocumentSizesTest {

    private static RawBsonDocument raw(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec());
    }

    private static RawBsonDocument document(int padding) {
        return raw(new BsonDocument("_id", new BsonInt32(1)).append("pad", new BsonString("x".repeat(padding))));
    }

    @Test
    void aStatementKnowsItsEncodedSize() {
        RawBsonDocument doc = document(100);
        assertEquals(BsonEncoding.sizeOf(doc), new WriteStatement(doc, doc, "document", 3).statementSize());
        assertEquals(BsonEncoding.sizeOf(doc), new WriteStatement(doc, null, "delete").statementSize());
    }

    @Test
    void anOversizedInsertedDocumentIsRefusedByNameAndIndex() {
        RawBsonDocument doc = document(200);
        int size = BsonEncoding.sizeOf(doc);
        WriteStatement insert = new WriteStatement(doc, doc, "document", 2);
        DocumentSizes.check(insert, size);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentSizes.check(insert, size - 1));
        assertEquals("document at index 2 is " + size + " bytes, larger than the server's maxBsonObjectSize of "
                + (size - 1) + " bytes", e.getMessage());
    }

    @Test
    void aReplacementIsCheckedBeforeItsStatement() {
        RawBsonDocument replacement = document(300);
        int replacementSize = BsonEncoding.sizeOf(replacement);
        RawBsonDocument statement = raw(new BsonDocument("q", new BsonDocument()).append("u", replacement));
        WriteStatement update = new WriteStatement(statement, replacement, "replacement document");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentSizes.check(update, replacementSize - 1));
        assertEquals(true, e.getMessage().startsWith("replacement document is " + replacementSize + " bytes"), e.getMessage());
        MongoSizeLimitExceededException tooLarge = assertThrows(MongoSizeLimitExceededException.class,
                () -> DocumentSizes.check(update, replacementSize));
        assertEquals(true, tooLarge.getMessage().startsWith("The replacement document statement is "
                + update.statementSize() + " bytes"), tooLarge.getMessage());
    }

    @Test
    void anOperatorUpdateChecksOnlyTheStatement() {
        RawBsonDocument statement = raw(new BsonDocument("q", new BsonDocument())
                .append("u", new BsonDocument("$set", new BsonDocument("a", new BsonInt32(1)))));
        WriteStatement update = new WriteStatement(statement, null, "update");
        DocumentSizes.check(update, update.statementSize());
        assertThrows(MongoSizeLimitExceededException.class, () -> DocumentSizes.check(update, update.statementSize() - 1));
    }
}
