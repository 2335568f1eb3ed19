package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class ReadConcernTest {

    @Test
    void knownAndUnknownLevels() {
        assertSame(ReadConcern.MAJORITY, ReadConcern.of("majority"));
        assertEquals("future", ReadConcern.of("future").level());
        assertEquals(BsonDocument.parse("{level: 'future'}"), ReadConcern.of("future").toDocument());
        assertTrue(ReadConcern.of(null).isServerDefault());
        assertEquals(new BsonDocument(), ReadConcern.DEFAULT.toDocument());
        assertThrows(IllegalArgumentException.class, () -> ReadConcern.of(""));
    }
}
