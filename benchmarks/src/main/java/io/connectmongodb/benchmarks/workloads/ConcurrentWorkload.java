package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.CollectionHandle;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;

/**
 * Concurrency: {@code workers} threads sharing one client run findOne by {@code _id} or small
 * insertOne. Throughput is the aggregate of all workers per round; allocation and CPU per operation
 * are summed over the worker threads (the drivers' own background threads are not counted).
 */
public final class ConcurrentWorkload implements Workload {
    public enum Kind { FIND_ONE, INSERT_ONE }

    private final Kind kind;
    private final int workers;
    private final Document document;
    private final int quickOps;
    private BenchServer seededFor;

    /**
     * @param document the tweet for FIND_ONE (seeded on the embedded server), the small document for INSERT_ONE
     * @param quickOps operations per quick-mode round across all workers
     */
    public ConcurrentWorkload(Kind kind, int workers, Document document, int quickOps) {
        if (workers < 1 || quickOps < workers) {
            throw new IllegalArgumentException("need at least one worker and one operation per worker: "
                    + workers + " workers, " + quickOps + " ops");
        }
        this.kind = kind;
        this.workers = workers;
        this.document = document;
        this.quickOps = quickOps;
    }

    @Override
    public String name() {
        return (kind == Kind.FIND_ONE ? "findOne" : "insertOne small") + ", " + workers + " workers";
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
        String collectionName = kind == Kind.FIND_ONE ? FindOneByIdWorkload.COLLECTION : "insert_concurrent";
        if (kind == Kind.FIND_ONE && seededFor != server) {
            Seeding.seed(server, collectionName, document, FindOneByIdWorkload.DOCUMENTS);
            seededFor = server;
        }
        CollectionHandle collection = server.driver(participant.side()).collection(collectionName);
        Integer[] ids = new Integer[FindOneByIdWorkload.DOCUMENTS];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (int) (i * 7_919L % ids.length);
        }
        WorkerGang gang = new WorkerGang(participant.name().toLowerCase() + "-" + workers, workers,
                index -> kind == Kind.FIND_ONE ? findLoop(collection, ids, index) : insertLoop(collection));
        return new RoundTask() {
            @Override
            public void runRound(int ops) throws Exception {
                gang.runRound(ops);
            }

            @Override
            public long[] measuredThreads() {
                return gang.threadIds();
            }

            @Override
            public void afterRound() {
                if (kind == Kind.INSERT_ONE && server.kind() == BenchServer.Kind.EMBEDDED) {
                    collection.drop();
                }
            }

            @Override
            public void close() {
                gang.close();
            }
        };
    }

    /** Each worker walks the shared, pre-boxed id order from its own starting point. */
    private static WorkerGang.WorkerLoop findLoop(CollectionHandle collection, Integer[] ids, int index) {
        int[] next = {index * 101 % ids.length};
        return ops -> {
            for (int i = 0; i < ops; i++) {
                Integer id = ids[next[0]];
                next[0] = (next[0] + 1) % ids.length;
                Checks.found(collection.findOneById(id), id);
            }
        };
    }

    private WorkerGang.WorkerLoop insertLoop(CollectionHandle collection) {
        Document mine = new Document(document);
        return ops -> {
            for (int i = 0; i < ops; i++) {
                mine.remove("_id");
                collection.insertOne(mine);
            }
        };
    }
}
