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
 * only what the driver allocates. The raw variant (stub only) asks both drivers for undecoded
 * {@code RawBsonDocument} results, so the row shows each driver's own overhead apart from building
 * an {@code org.bson.Document} tree.
 */
public final class FindOneByIdWorkload implements Workload {
    static final String COLLECTION = "tweets";
    static final int DOCUMENTS = 10_000;
    private static final int STRIDE = 7_919; // prime, so ids are visited in a scattered order
    private final Document tweet;
    private final Integer[] ids = new Integer[DOCUMENTS];
    private final boolean raw;
    private BenchServer seededFor;

    public FindOneByIdWorkload(Document tweet) {
        this(tweet, false);
    }

    public FindOneByIdWorkload(Document tweet, boolean raw) {
        this.tweet = tweet;
        this.raw = raw;
        for (int i = 0; i < DOCUMENTS; i++) {
            ids[i] = (int) ((long) i * STRIDE % DOCUMENTS);
        }
    }

    @Override
    public String name() {
        return raw ? "FindOne by _id (RawBsonDocument results on both sides)" : "FindOne by _id";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return raw ? server.kind() == BenchServer.Kind.STUB : server.stubOrEmbedded();
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
                    Checks.found(raw ? collection.findOneRawById(id) : collection.findOneById(id), id);
                }
            }
        };
    }
}
