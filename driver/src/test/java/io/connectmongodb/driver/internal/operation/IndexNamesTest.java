package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class IndexNamesTest {
    @Test
    void joinsFieldsAndDirections() {
        assertEquals("a_1_b_-1", IndexNames.defaultName(BsonDocument.parse("{a: 1, b: -1}")));
        assertEquals("a_1", IndexNames.defaultName(BsonDocument.parse("{a: 1.0}")));
        assertEquals("a_1", IndexNames.defaultName(BsonDocument.parse("{a: NumberLong(1)}")));
        assertEquals("t_text_x_1", IndexNames.defaultName(BsonDocument.parse("{t: 'text', x: 1}")));
        assertEquals("loc_2dsphere", IndexNames.defaultName(BsonDocument.parse("{loc: '2dsphere'}")));
        assertEquals("$**_1", IndexNames.defaultName(BsonDocument.parse("{'$**': 1}")));
    }

    @Test
    void refusesEmptyKeysAndOtherValueTypes() {
        assertThrows(IllegalArgumentException.class, () -> IndexNames.defaultName(new BsonDocument()));
        assertThrows(IllegalArgumentException.class, () -> IndexNames.defaultName(BsonDocument.parse("{a: true}")));
    }
}
