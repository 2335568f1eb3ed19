package io.connectmongodb.benchmarks.workloads;

import com.mongodb.client.MongoClients;
import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The async API with {@value #IN_FLIGHT} operations in flight: a round issues its operations in
 * waves of {@value #IN_FLIGHT} futures and joins each wave. connect-mongodb uses its own
 * {@code find(..).firstAsync()} / {@code insertOneAsync}, which run on the client's async workers
 * (default 20). The official reactive driver is not on the classpath, so its fair equivalent is its
 * sync driver behind a fixed pool of the same 20 threads, each call wrapped in
 * {@code CompletableFuture.supplyAsync}. Allocation and CPU are summed over every live thread of the
 * JVM (the async workers are the driver's own threads), the same way for both sides.
 */
public final class AsyncInFlightWorkload implements Workload {
    static final int IN_FLIGHT = 1_000;
    private static final int POOL_THREADS = 20;
    private final boolean insert;
    private final Document document;
    private final Integer[] ids = new Integer[FindOneByIdWorkload.DOCUMENTS];
    private BenchServer seededFor;

    public AsyncInFlightWorkload(boolean insert, Document document) {
        this.insert = insert;
        this.document = document;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
    }

    @Override
    public String name() {
        return "async " + (insert ? "insertOne" : "findOne") + ", " + IN_FLIGHT + " in flight";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.stubOrEmbedded();
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 2 * IN_FLIGHT;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        if (!insert && seededFor != server) {
            Seeding.seed(server, FindOneByIdWorkload.COLLECTION, document, FindOneByIdWorkload.DOCUMENTS);
            seededFor = server;
        }
        String collectionName = insert ? "async_insert" : FindOneByIdWorkload.COLLECTION;
        if (participant.side() == Side.OURS) {
            io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
            io.connectmongodb.driver.MongoCollection<Document> collection =
                    client.getDatabase(CannedReplies.DATABASE).getCollection(collectionName);
            return new Task(server, client::close, insert ? collection::drop : null, i -> insert
                    ? collection.insertOneAsync(new Document(document))
                    : collection.find(new Document("_id", ids[i % ids.length])).firstAsync().thenApply(AsyncInFlightWorkload::found));
        }
        com.mongodb.client.MongoClient client = MongoClients.create(server.connectionString());
        com.mongodb.client.MongoCollection<Document> collection =
                client.getDatabase(CannedReplies.DATABASE).getCollection(collectionName);
        ExecutorService pool = Executors.newFixedThreadPool(POOL_THREADS);
        return new Task(server, () -> {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            client.close();
        }, insert ? collection::drop : null, i -> insert
                ? CompletableFuture.supplyAsync(() -> collection.insertOne(new Document(document)), pool)
                : CompletableFuture.supplyAsync(() -> found(collection.find(new Document("_id", ids[i % ids.length])).first()), pool));
    }

    private static Document found(Document document) {
        if (document == null) {
            throw new IllegalStateException("async findOne by _id found nothing");
        }
        return document;
    }

    private interface Launcher {
        CompletableFuture<?> launch(int index);
    }

    private interface Closer {
        void close() throws Exception;
    }

    private static final class Task implements RoundTask {
        private final BenchServer server;
        private final Closer closer;
        private final Runnable dropper; // null for reads: the seeded tweets stay
        private final Launcher launcher;
        private int next;

        Task(BenchServer server, Closer closer, Runnable dropper, Launcher launcher) {
            this.server = server;
            this.closer = closer;
            this.dropper = dropper;
            this.launcher = launcher;
        }

        @Override
        public void runRound(int ops) {
            List<CompletableFuture<?>> wave = new ArrayList<>(IN_FLIGHT);
            for (int done = 0; done < ops; ) {
                int size = Math.min(IN_FLIGHT, ops - done);
                for (int i = 0; i < size; i++) {
                    wave.add(launcher.launch(next++));
                }
                CompletableFuture.allOf(wave.toArray(new CompletableFuture<?>[0])).orTimeout(300, TimeUnit.SECONDS).join();
                wave.clear();
                done += size;
            }
        }

        @Override
        public long[] measuredThreads() {
            return Thread.getAllStackTraces().keySet().stream().mapToLong(Thread::getId).toArray();
        }

        @Override
        public void afterRound() {
            if (server.kind() == BenchServer.Kind.EMBEDDED && dropper != null) {
                dropper.run();
            }
        }

        @Override
        public void close() throws Exception {
            closer.close();
        }
    }
}
