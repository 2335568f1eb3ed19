package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.error.WriteError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/** insertMany results: every id by index, or on errors only those the server inserted. */
class WriteResultsTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("localhost", 27017);

    private static List<BsonValue> ids(int count) {
        List<BsonValue> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new BsonInt32(1000 + i));
        }
        return ids;
    }

    private static WriteCommandResult result(boolean ordered, int sent, long n, List<WriteError> errors) {
        return new WriteCommandResult(ADDRESS, ordered, sent, n, 0, Map.of(), errors, null, List.of());
    }

    @Test
    void aSuccessfulInsertManyReportsEveryIdByIndex() {
        List<BsonValue> ids = ids(300);
        Map<Integer, BsonValue> inserted = WriteResults.insertManyResult(result(true, 300, 300, List.of()), ids).insertedIds();
        assertEquals(300, inserted.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(ids.get(i), inserted.get(i));
        }
    }

    @Test
    void anUnorderedInsertManyLeavesOutTheFailedDocuments() {
        List<BsonValue> ids = ids(5);
        WriteError duplicate = new WriteError(1, 11000, "dup", new BsonDocument());
        WriteError another = new WriteError(3, 11000, "dup", new BsonDocument());
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class,
                () -> WriteResults.insertManyResult(result(false, 5, 3, List.of(duplicate, another)), ids));
        assertEquals(Map.of(0, ids.get(0), 2, ids.get(2), 4, ids.get(4)), e.partialResult().insertedIds());
    }

    @Test
    void anOrderedInsertManyStopsAtItsFirstFailure() {
        List<BsonValue> ids = ids(5);
        WriteError duplicate = new WriteError(2, 11000, "dup", new BsonDocument());
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class,
                () -> WriteResults.insertManyResult(result(true, 5, 2, List.of(duplicate)), ids));
        assertEquals(Map.of(0, ids.get(0), 1, ids.get(1)), e.partialResult().insertedIds());
    }
}
