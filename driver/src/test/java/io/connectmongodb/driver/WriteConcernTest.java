package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class WriteConcernTest {

    @Test
    void documentHoldsOnlySetFields() {
        assertEquals(new BsonDocument(), WriteConcern.DEFAULT.toDocument());
        assertTrue(WriteConcern.DEFAULT.isServerDefault());
        assertEquals(BsonDocument.parse("{w: 'majority', j: true, wtimeout: 100}"),
                WriteConcern.MAJORITY.withJournal(true).withWTimeoutMS(100L).toDocument());
        assertEquals(BsonDocument.parse("{w: 2}"), WriteConcern.w(2).toDocument());
    }

    @Test
    void acknowledgement() {
        assertFalse(WriteConcern.UNACKNOWLEDGED.isAcknowledged());
        assertTrue(WriteConcern.ACKNOWLEDGED.isAcknowledged());
        assertTrue(WriteConcern.DEFAULT.isAcknowledged());
        assertTrue(WriteConcern.MAJORITY.isAcknowledged());
    }

    @Test
    void rejectsInvalidCombinations() {
        assertThrows(IllegalArgumentException.class, () -> WriteConcern.of(0, true, null));
        assertThrows(IllegalArgumentException.class, () -> WriteConcern.w(-1));
        assertThrows(IllegalArgumentException.class, () -> WriteConcern.w(""));
        assertThrows(IllegalArgumentException.class, () -> WriteConcern.of(1, null, -5L));
        assertThrows(IllegalArgumentException.class, () -> WriteConcern.of(1.5, null, null));
    }
}
