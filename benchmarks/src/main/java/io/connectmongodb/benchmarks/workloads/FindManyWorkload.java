package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.Document;

/**
 * Find-many (driver benchmark spec): one operation iterates {@code find()} over 10,000 tweets to the
 * end, decoding every document. The stub serves the same count from canned batches; the embedded
 * server is seeded once. The raw variant (stub only) iterates {@code RawBsonDocument} results on both
 * sides, so the row shows each driver's cursor overhead apart from building {@code org.bson.Document}s.
 */
public final class FindManyWorkload implements Workload {
    public static final int DOCUMENTS = 10_000;
    private final Document tweet;
    private final boolean raw;
    private BenchServer seededFor;

    public FindManyWorkload(Document tweet) {
        this(tweet, false);
    }

    public FindManyWorkload(Document tweet, boolean raw) {
        this.tweet = tweet;
        this.raw = raw;
    }

    @Override
    public String name() {
        return raw ? "find-many (RawBsonDocument results on both sides)" : "find-many (10,000-tweet cursor)";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return raw ? server.kind() == BenchServer.Kind.STUB : server.stubOrEmbedded();
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 1;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        if (seededFor != server) {
            Seeding.seed(server, CannedReplies.CURSOR_COLLECTION, tweet, DOCUMENTS);
            seededFor = server;
        }
        CollectionHandle collection = server.driver(participant.side()).collection(CannedReplies.CURSOR_COLLECTION);
        return ops -> {
            for (int i = 0; i < ops; i++) {
                Checks.count(raw ? collection.findAllRaw() : collection.findAll(), DOCUMENTS, "find-many");
            }
        };
    }
}
