package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.connectmongodb.driver.error.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class DuplicateKeyDetailsTest {
    private static WriteError error(String message) {
        return new WriteError(0, 11000, message, null);
    }

    @Test
    void parsesValueAndPatternFromTheMessage() {
        WriteError e = error("E11000 duplicate key error collection: db.c index: user_id_1_kind_text dup key: { user_id: 5, kind: \"a\" }");
        assertEquals(BsonDocument.parse("{user_id: 5, kind: 'a'}"), DuplicateKeyDetails.keyValue(e));
        assertEquals(BsonDocument.parse("{user_id: 1, kind: 'text'}"), DuplicateKeyDetails.keyPattern(e));
    }

    @Test
    void indexNameThatDoesNotMatchTheKeysGivesNoPattern() {
        WriteError e = error("E11000 duplicate key error collection: db.c index: custom dup key: { a: 1 }");
        assertEquals(BsonDocument.parse("{a: 1}"), DuplicateKeyDetails.keyValue(e));
        assertNull(DuplicateKeyDetails.keyPattern(e));
    }

    @Test
    void messageWithoutDetailsGivesNothing() {
        assertNull(DuplicateKeyDetails.keyValue(error("duplicate")));
        assertNull(DuplicateKeyDetails.keyPattern(error("duplicate")));
        assertNull(DuplicateKeyDetails.keyValue(error("dup key: { not json")));
    }

    @Test
    void serverFieldsWin() {
        WriteError e = new WriteError(0, 11000, "E11000 index: b_1 dup key: { b: 2 }",
                BsonDocument.parse("{keyPattern: {a: 1}, keyValue: {a: 1}}"));
        assertEquals(BsonDocument.parse("{a: 1}"), DuplicateKeyDetails.keyPattern(e));
        assertEquals(BsonDocument.parse("{a: 1}"), DuplicateKeyDetails.keyValue(e));
    }
}
