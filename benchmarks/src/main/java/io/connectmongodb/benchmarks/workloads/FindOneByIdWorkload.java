package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;

/**
 * FindOne by {@code _id} over 10,000 tweets (driver benchmark spec): {@code find({_id}).first()}
 * walking the ids in a fixed stride order. The ids are boxed once up front so the loop allocates
 * only what the driver allocates.
 */
public final class FindOneByIdWorkload implements Workload {
    static final String COLLECTION = "tweets";
    static final int DOCUMENTS = 10_000;
    private static final int STRIDE = 7_919; // prime, so ids are visited in a scattered order
    private final Document tweet;
    private final Integer[] ids = new Integer[DOCUMENTS];
    private BenchServer seededFor;

    public FindOneByIdWorkload(Document tweet) {
        this.tweet = tweet;
        for (int i = 0; i < DOCUMENTS; i++) {
            ids[i] = (int) ((long) i * STRIDE % DOCUMENTS);
        }
    }

    @Override
    public String name() {
        return "FindOne by _id";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() != BenchServer.Kind.IN_MEMORY;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 2_000;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        if (seededFor != server) {
            Seeding.seed(server, COLLECTION, tweet, DOCUMENTS);
            seededFor = server;
        }
        CollectionHandle collection = server.driver(participant.side()).collection(COLLECTION);
        return new RoundTask() {
            private int next;

            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    Integer id = ids[next];
                    next = (next + 1) % DOCUMENTS;
                    Checks.found(collection.findOneById(id), id);
                }
            }
        };
    }
}
