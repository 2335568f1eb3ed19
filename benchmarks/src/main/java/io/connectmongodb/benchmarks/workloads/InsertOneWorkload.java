package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;

/**
 * Small or large insertOne (driver benchmark spec): one participant-private copy of the document is
 * inserted repeatedly; its {@code _id} (added by the driver) is removed before each insert so the
 * driver generates a new one, as for a fresh document. On the embedded server the collection is
 * dropped after each round, unmeasured, so memory stays bounded.
 */
public final class InsertOneWorkload implements Workload {
    private final String label;
    private final Document document;
    private final int quickOps;

    /**
     * @param label    {@code "small"} or {@code "large"}
     * @param quickOps inserts per quick-mode round
     */
    public InsertOneWorkload(String label, Document document, int quickOps) {
        if (quickOps < 1) {
            throw new IllegalArgumentException("quickOps must be positive: " + quickOps);
        }
        this.label = label;
        this.document = document;
        this.quickOps = quickOps;
    }

    @Override
    public String name() {
        return "insertOne " + label;
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.stubOrEmbedded();
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return quickOps;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        CollectionHandle collection = server.driver(participant.side()).collection("insert_" + label);
        Document mine = new Document(document);
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    mine.remove("_id");
                    collection.insertOne(mine);
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
