package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.internal.bson.BsonEncoding;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

class WriteBatchSplitterTest {

    private static List<WriteStatement> statements(int count, int padding) {
        List<WriteStatement> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RawBsonDocument raw = BsonEncoding.toRaw("doc", new BsonDocument("_id", new BsonInt32(i))
                    .append("p", new BsonString("x".repeat(padding))));
            list.add(new WriteStatement(raw, raw, "doc " + i));
        }
        return list;
    }

    private static List<Integer> sizes(List<WriteBatchSplitter.Batch> batches) {
        return batches.stream().map(b -> b.statements().size()).toList();
    }

    @Test
    void splitsByCount() {
        List<WriteBatchSplitter.Batch> batches = WriteBatchSplitter.split(statements(7, 1), "documents", 50, 3, 48_000_000);
        assertEquals(List.of(3, 3, 1), sizes(batches));
        assertEquals(List.of(0, 3, 6), batches.stream().map(WriteBatchSplitter.Batch::offset).toList());
    }

    @Test
    void splitsByExactMessageSize() {
        List<WriteStatement> statements = statements(4, 100);
        int docSize = BsonEncoding.sizeOf(statements.get(0).statement());
        int commandSize = 40;
        int fixed = 16 + 4 + 1 + commandSize + 1 + 4 + "documents".length() + 1;
        // exactly two documents fit; one byte less and only one does
        assertEquals(List.of(2, 2), sizes(WriteBatchSplitter.split(statements, "documents", commandSize, 1000, fixed + 2 * docSize)));
        assertEquals(List.of(1, 1, 1, 1), sizes(WriteBatchSplitter.split(statements, "documents", commandSize, 1000,
                fixed + 2 * docSize - 1)));
    }

    @Test
    void aStatementLargerThanTheMessageLimitStillGoesAloneInItsBatch() {
        assertEquals(List.of(1, 1), sizes(WriteBatchSplitter.split(statements(2, 500), "documents", 10, 1000, 100)));
    }

    @Test
    void refusesANonPositiveBatchSize() {
        assertThrows(IllegalArgumentException.class, () -> WriteBatchSplitter.split(statements(1, 1), "documents", 10, 0, 1000));
    }
}
