package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * insertMany (driver benchmark spec): one operation is one {@code insertMany} of {@code count}
 * copies of the document (10,000 small or 10 large). The copies are participant-private; the
 * driver-added {@code _id}s are removed before each call. The embedded collection is dropped after
 * each round, unmeasured.
 */
public final class InsertManyWorkload implements Workload {
    private final String label;
    private final Document document;
    private final int count;

    public InsertManyWorkload(String label, Document document, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        this.label = label;
        this.document = document;
        this.count = count;
    }

    @Override
    public String name() {
        return "insertMany " + label + " (" + count + " docs)";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.stubOrEmbedded();
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 1;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        CollectionHandle collection = server.driver(participant.side()).collection("insert_many_" + label);
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(new Document(document));
        }
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    for (Document d : documents) {
                        d.remove("_id");
                    }
                    collection.insertMany(documents);
                }
            }

            @Override
            public void afterRound() {
                if (server.kind() == BenchServer.Kind.EMBEDDED) {
                    collection.drop();
                }
            }
        };
    }
}
