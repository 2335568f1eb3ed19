package io.connectmongodb.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.event.ConnectionCheckedInEvent;
import io.connectmongodb.driver.event.ConnectionCheckedOutEvent;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Load: many concurrent callers (threads, plus half as many async callers through the
 * {@code xxxAsync} API) share one authenticated client whose pool holds 20
 * connections, mixing insert, find, update and delete against the embedded server for a bounded
 * time. Afterwards: every acknowledged insert is present (count and ids), nothing else but inserts
 * that failed is present, no connection leaked (in use 0, total at most 20, every check-out checked
 * in), every failure was a typed driver exception, no caller hung, p50/p99 are printed, and no log
 * line or exception text holds the password or its SCRAM keys.
 */
class LoadIT {
    private static final String USER = "loader";
    private static final String PASSWORD = "L0ad-Test-Pa55word";
    private static final int MAX_POOL_SIZE = 20;
    private static final long WAIT_QUEUE_TIMEOUT_MS = 5_000;
    private static final int SOCKET_TIMEOUT_MS = 10_000;

    @Test
    void concurrentCallersLoseNothingAndLeakNothing() throws Exception {
        int callers = ReliabilitySizes.pick(200, 1000);
        long durationMillis = ReliabilitySizes.pick(5_000, 30_000);
        ReliabilityBackend backend = new ReliabilityBackend();
        ScramCredential stored = backend.addUser(USER, PASSWORD);
        AtomicLong checkedOut = new AtomicLong();
        AtomicLong checkedIn = new AtomicLong();
        try (SecretScan scan = SecretScan.start(PASSWORD);
             RestartableServer server = new RestartableServer(backend)) {
            scan.addScramSha256Keys(PASSWORD, stored.salt(), stored.iterations());
            MongoClientSettings settings = MongoClientSettings.builder()
                    .hosts(List.of(ServerAddress.of("127.0.0.1", server.port())))
                    .credential(MongoCredential.scram(USER, "admin", PASSWORD.toCharArray()))
                    .connectionPoolSettings(ConnectionPoolSettings.builder().maxPoolSize(MAX_POOL_SIZE)
                            .waitQueueTimeoutMS(WAIT_QUEUE_TIMEOUT_MS).jmxEnabled(false).build())
                    .socketTimeout(SOCKET_TIMEOUT_MS)
                    .serverSelectionTimeoutMS(5_000)
                    .addConnectionPoolListener(new ConnectionPoolListener() {
                        @Override
                        public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
                            checkedOut.incrementAndGet();
                        }

                        @Override
                        public void connectionCheckedIn(ConnectionCheckedInEvent event) {
                            checkedIn.incrementAndGet();
                        }
                    })
                    .build();
            Outcomes outcomes = new Outcomes(scan);
            LatencyRecorder latencies = new LatencyRecorder();
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            Set<Long> failedInserts = ConcurrentHashMap.newKeySet();
            long started;
            long finished;
            try (MongoClient client = MongoClients.create(settings)) {
                MongoCollection<Document> kept = client.getDatabase("reliability").getCollection("load_kept");
                MongoCollection<Document> scratch = client.getDatabase("reliability").getCollection("load_scratch");
                kept.insertOne(new Document("_id", -1L).append("n", 0)); // the one document every update hits too
                acknowledged.add(-1L);
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> threads = new ArrayList<>();
                long deadline = System.nanoTime() + durationMillis * 1_000_000;
                for (int i = 0; i < callers; i++) {
                    int caller = i;
                    Thread thread = new Thread(() -> runCaller(caller, go, deadline, kept, scratch, outcomes,
                            latencies.newLane(), acknowledged, failedInserts), "load-caller-" + i);
                    thread.setDaemon(true);
                    threads.add(thread);
                    thread.start();
                }
                int asyncCallers = callers / 2;
                CountDownLatch asyncDone = new CountDownLatch(asyncCallers);
                java.util.concurrent.ExecutorService pacer = java.util.concurrent.Executors.newFixedThreadPool(4);
                started = System.nanoTime();
                go.countDown();
                for (int i = 0; i < asyncCallers; i++) {
                    new AsyncCaller(callers + i, deadline, kept, outcomes, latencies.newLane(), acknowledged,
                            failedInserts, pacer, asyncDone).next();
                }
                long joinDeadline = deadline + (WAIT_QUEUE_TIMEOUT_MS + SOCKET_TIMEOUT_MS + 10_000) * 1_000_000;
                for (Thread thread : threads) {
                    thread.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
                    if (thread.isAlive()) {
                        fail("caller " + thread.getName() + " hung past every timeout: "
                                + java.util.Arrays.toString(thread.getStackTrace()));
                    }
                }
                if (!asyncDone.await(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000),
                        java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    fail(asyncDone.getCount() + " async callers never completed: an async operation hung");
                }
                pacer.shutdown();
                finished = System.nanoTime();

                List<ConnectionPoolStatistics> pools = client.connectionPoolStats();
                for (ConnectionPoolStatistics pool : pools) {
                    assertEquals(0, pool.inUse(), "connections still in use: " + pool);
                    assertTrue(pool.total() <= MAX_POOL_SIZE, "pool grew past its maximum: " + pool);
                }
                assertEquals(checkedOut.get(), checkedIn.get(), "every check-out was checked in");

                Set<Long> present = new HashSet<>();
                for (Document d : kept.find().projection(new Document("_id", 1))) {
                    present.add(((Number) d.get("_id")).longValue());
                }
                Set<Long> missing = new HashSet<>(acknowledged);
                missing.removeAll(present);
                assertEquals(Set.of(), missing, "acknowledged inserts missing");
                Set<Long> unexpected = new HashSet<>(present);
                unexpected.removeAll(acknowledged);
                unexpected.removeAll(failedInserts);
                assertEquals(Set.of(), unexpected, "documents no caller inserted");
                assertEquals(acknowledged.size(), kept.countDocuments() - countFailedButApplied(present, failedInserts));

                assertEquals(0, outcomes.untypedFailures(), "untyped failures:\n" + outcomes.untypedExamples());
                assertTrue(outcomes.successes() > callers, "the load made progress: " + outcomes.successes());
                double seconds = (finished - started) / 1e9;
                System.out.printf("LoadIT [%s]: %d callers (threads) + " + asyncCallers + " async callers x %.1f s on a pool of %d: %d operations "
                                + "(%.0f/s), %d acknowledged inserts all present, lost writes 0, typed failures %s, "
                                + "untyped 0, p50 %d us, p99 %d us, pools %s%n",
                        ReliabilitySizes.profileName(), callers, seconds, MAX_POOL_SIZE,
                        outcomes.successes() + outcomes.typedFailures(),
                        (outcomes.successes() + outcomes.typedFailures()) / seconds, acknowledged.size(),
                        outcomes.typedByClass(), latencies.percentileMicros(50), latencies.percentileMicros(99), pools);
            }
            assertNull(scan.firstLeak(), "a secret leaked");
            System.out.println("LoadIT: " + scan.textsCaptured() + " log lines and exception texts free of "
                    + scan.secretForms() + " secret forms");
        }
    }

    /**
     * An async caller: one operation in flight at a time, the next issued from the previous one's
     * completion (on a small pacing pool, so immediate rejections cannot recurse) until the deadline.
     * Back-pressure rejections are typed failures like any other.
     */
    private static final class AsyncCaller {
        private final int caller;
        private final long deadline;
        private final MongoCollection<Document> kept;
        private final Outcomes outcomes;
        private final LatencyRecorder.Lane lane;
        private final Set<Long> acknowledged;
        private final Set<Long> failedInserts;
        private final java.util.concurrent.Executor pacer;
        private final CountDownLatch done;
        private final SplittableRandom random;
        private long sequence;

        AsyncCaller(int caller, long deadline, MongoCollection<Document> kept, Outcomes outcomes, LatencyRecorder.Lane lane,
                    Set<Long> acknowledged, Set<Long> failedInserts, java.util.concurrent.Executor pacer, CountDownLatch done) {
            this.caller = caller;
            this.deadline = deadline;
            this.kept = kept;
            this.outcomes = outcomes;
            this.lane = lane;
            this.acknowledged = acknowledged;
            this.failedInserts = failedInserts;
            this.pacer = pacer;
            this.done = done;
            this.random = new SplittableRandom(caller);
        }

        void next() {
            if (System.nanoTime() >= deadline) {
                done.countDown();
                return;
            }
            long begin = System.nanoTime();
            long id = (long) caller * 10_000_000L + sequence++;
            java.util.concurrent.CompletableFuture<?> operation;
            boolean insert = random.nextInt(100) < 60;
            try {
                operation = insert
                        ? kept.insertOneAsync(new Document("_id", id).append("caller", caller).append("n", 0))
                        : kept.updateOneAsync(new Document("_id", -1L), new Document("$inc", new Document("n", 1)));
            } catch (RuntimeException e) {
                operation = java.util.concurrent.CompletableFuture.failedFuture(e);
            }
            operation.whenCompleteAsync((result, error) -> {
                lane.record(System.nanoTime() - begin);
                if (error == null) {
                    if (insert) {
                        acknowledged.add(id);
                    }
                    outcomes.success();
                } else {
                    if (insert) {
                        failedInserts.add(id);
                    }
                    outcomes.failure(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                }
                next();
            }, pacer);
        }
    }

    /** Inserts that failed (typed) but which the server had applied anyway: allowed, never counted as lost. */
    private static long countFailedButApplied(Set<Long> present, Set<Long> failedInserts) {
        long n = 0;
        for (Long id : failedInserts) {
            if (present.contains(id)) {
                n++;
            }
        }
        return n;
    }

    private static void runCaller(int caller, CountDownLatch go, long deadline, MongoCollection<Document> kept,
                                  MongoCollection<Document> scratch, Outcomes outcomes, LatencyRecorder.Lane lane,
                                  Set<Long> acknowledged, Set<Long> failedInserts) {
        SplittableRandom random = new SplittableRandom(caller);
        List<Long> mine = new ArrayList<>();
        long sequence = 0;
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        while (System.nanoTime() < deadline) {
            int choice = random.nextInt(100);
            long begin = System.nanoTime();
            long id = -1;
            try {
                if (choice < 40 || mine.isEmpty()) {
                    id = (long) caller * 10_000_000L + sequence++;
                    kept.insertOne(new Document("_id", id).append("caller", caller).append("n", 0));
                    acknowledged.add(id);
                    mine.add(id);
                } else if (choice < 70) {
                    Document found = kept.find(new Document("_id", mine.get(random.nextInt(mine.size())))).first();
                    if (found == null) {
                        throw new AssertionError("an acknowledged insert is not found");
                    }
                } else if (choice < 85) {
                    kept.updateOne(new Document("_id", mine.get(random.nextInt(mine.size()))),
                            new Document("$inc", new Document("n", 1)));
                } else {
                    Object scratchId = scratch.insertOne(new Document("caller", caller)).insertedId();
                    if (scratch.deleteOne(new Document("_id", scratchId)).deletedCount() != 1) {
                        throw new AssertionError("a scratch document was not deleted");
                    }
                }
                outcomes.success();
                lane.record(System.nanoTime() - begin);
            } catch (AssertionError e) {
                outcomes.failure(e);
            } catch (RuntimeException e) {
                if (id >= 0) {
                    failedInserts.add(id);
                }
                outcomes.failure(e);
                lane.record(System.nanoTime() - begin);
            }
        }
    }
}
