package io.connectmongodb.jdbc;

import io.connectmongodb.driver.MongoCollection;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 100,000-row SELECT streams: the heap used after GC while reading stays within a fixed bound (48 MiB, which also
 * covers the embedded server's own cursor state in this JVM) far below what the result would take if it were
 * materialised (100,000 documents with 500-character payloads: over 100 MiB of strings alone).
 */
class StreamingIT {

    private static final int ROWS = 100_000;
    private static final long HEAP_BOUND = 48L * 1024 * 1024;

    @Test
    void hundredThousandRowsStreamInBoundedHeap() throws Exception {
        String database = BridgeFixture.newDatabase("stream");
        String payload = "x".repeat(500);
        BridgeFixture.withDatabase(database, db -> {
            MongoCollection<BsonDocument> rows = db.getCollection("big", BsonDocument.class);
            for (int start = 0; start < ROWS; start += 5_000) {
                List<BsonDocument> batch = new ArrayList<>();
                for (int i = start; i < start + 5_000; i++) {
                    batch.add(new BsonDocument("_id", new BsonInt32(i)).append("payload", new BsonString(payload + i)));
                }
                rows.insertMany(batch);
            }
        });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Connection connection = BridgeFixture.connect(database); Statement statement = connection.createStatement()) {
            statement.setFetchSize(1_000);
            long baseline = usedAfterGc(memory);
            long peakGrowth = 0;
            long count = 0;
            long payloadChars = 0;
            try (ResultSet resultSet = statement.executeQuery("SELECT _id, payload FROM big")) {
                while (resultSet.next()) {
                    payloadChars += resultSet.getString(2).length();
                    count++;
                    if (count % 20_000 == 0) {
                        peakGrowth = Math.max(peakGrowth, usedAfterGc(memory) - baseline);
                    }
                }
            }
            System.out.printf("streamed %d rows (%d payload chars); heap growth after GC peaked at %d KiB (bound %d KiB)%n",
                    count, payloadChars, peakGrowth / 1024, HEAP_BOUND / 1024);
            assertEquals(ROWS, count);
            assertTrue(peakGrowth < HEAP_BOUND, "heap grew by " + peakGrowth + " bytes while streaming");
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
