package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.runner.BenchServer;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the embedded server with {@code count} copies of a document ({@code _id} 0..count-1) before
 * a read workload, through the official driver so the data does not depend on the driver under
 * development. The stub needs no data: it answers with its canned document.
 */
final class Seeding {
    private static final int BATCH = 1_000;

    private Seeding() {
    }

    static void seed(BenchServer server, String collection, Document template, int count) {
        if (server.kind() != BenchServer.Kind.EMBEDDED) {
            return;
        }
        CollectionHandle handle = server.driver(Side.OFFICIAL).collection(collection);
        handle.drop();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int id = 0; id < count; id++) {
            Document copy = new Document(template);
            copy.put("_id", id);
            batch.add(copy);
            if (batch.size() == BATCH || id == count - 1) {
                handle.insertMany(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }
}
