package io.connectmongodb.driver.internal.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;

class DocumentValidatorsTest {
    @Test
    void storedDocuments() {
        assertDoesNotThrow(() -> StoredDocumentValidator.validate("d", BsonDocument.parse("{a: {$gt: 1}, b: [{'$x': 1}]}")));
        assertThrows(IllegalArgumentException.class, () -> StoredDocumentValidator.validate("d", BsonDocument.parse("{$a: 1}")));
        assertThrows(IllegalArgumentException.class, () -> StoredDocumentValidator.validate("d",
                new BsonDocument("a", new BsonDocument("b\0", new BsonInt32(1)))));
    }

    @Test
    void updatesAndReplacements() {
        assertDoesNotThrow(() -> UpdateValidator.validateUpdate(BsonDocument.parse("{$set: {a: 1}}")));
        assertThrows(IllegalArgumentException.class, () -> UpdateValidator.validateUpdate(BsonDocument.parse("{a: 1}")));
        assertThrows(IllegalArgumentException.class, () -> UpdateValidator.validateUpdate(new BsonDocument()));
        assertThrows(IllegalArgumentException.class, () -> UpdateValidator.validatePipeline(List.of()));
        assertDoesNotThrow(() -> UpdateValidator.validateReplacement(BsonDocument.parse("{a: 1}")));
        assertDoesNotThrow(() -> UpdateValidator.validateReplacement(new BsonDocument()));
        assertThrows(IllegalArgumentException.class, () -> UpdateValidator.validateReplacement(BsonDocument.parse("{$set: {a: 1}}")));
    }
}
