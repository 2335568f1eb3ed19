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
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Server restarts under load: writer threads insert continuously while the embedded server is
 * stopped (listener and every connection closed at once) and started again on the SAME port, 3
 * times in the default build and 10 under {@code -Preliability}.
 *
 * <p>Why no acknowledged write can be missing, and how that is checked: the server is a
 * {@link ReliabilityBackend} whose data survives {@code shutdownNow} (its {@code close} keeps the
 * databases) and which the next {@code MongoServer} binds again, like a mongod restarting on its
 * data files with journaled writes. So a write the server acknowledged must be there at the end;
 * a write that failed (typed) may or may not have been applied before the connection dropped, so
 * such ids are allowed to be present but never required. Any id present that no writer tried is
 * an error too.
 *
 * <p>After each start the test measures how long until an operation succeeds again (it must be
 * within heartbeatFrequencyMS 500 + 1 s) and checks that every writer thread makes progress
 * again (none stuck). Every failure must be a typed driver exception.
 */
class ServerRestartIT {
    private static final String USER = "restarter";
    private static final String PASSWORD = "R3start-Test-Pa55word";
    private static final long HEARTBEAT_MS = 500;
    private static final int WRITERS = 16;
    private static final long STUCK_LIMIT_MS = 5_000;
    private static volatile String lastProbeFailure;

    @Test
    void clientRecoversFromEveryRestartAndNoAcknowledgedWriteIsLost() throws Exception {
        int restarts = ReliabilitySizes.pick(3, 10);
        ReliabilityBackend backend = new ReliabilityBackend();
        ScramCredential stored = backend.addUser(USER, PASSWORD);
        try (SecretScan scan = SecretScan.start(PASSWORD);
             RestartableServer server = new RestartableServer(backend)) {
            scan.addScramSha256Keys(PASSWORD, stored.salt(), stored.iterations());
            MongoClientSettings settings = MongoClientSettings.builder()
                    .hosts(List.of(ServerAddress.of("127.0.0.1", server.port())))
                    .credential(MongoCredential.scram(USER, "admin", PASSWORD.toCharArray()))
                    .heartbeatFrequencyMS(HEARTBEAT_MS)
                    .serverSelectionTimeoutMS(2_000)
                    .connectTimeout(1_000)
                    .socketTimeout(2_000)
                    .connectionPoolSettings(ConnectionPoolSettings.builder().maxPoolSize(20)
                            .waitQueueTimeoutMS(2_000).jmxEnabled(false).build())
                    .build();
            Outcomes outcomes = new Outcomes(scan);
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            Set<Long> failed = ConcurrentHashMap.newKeySet();
            AtomicLongArray lastSuccessNanos = new AtomicLongArray(WRITERS);
            AtomicBoolean stop = new AtomicBoolean();
            List<Long> recoveryMillis = new ArrayList<>();
            try (MongoClient client = MongoClients.create(settings)) {
                MongoCollection<Document> writes = client.getDatabase("reliability").getCollection("restart_writes");
                writes.insertOne(new Document("_id", -1L));
                acknowledged.add(-1L);
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    int writer = i;
                    Thread thread = new Thread(() -> write(writer, writes, stop, outcomes, acknowledged, failed,
                            lastSuccessNanos), "restart-writer-" + i);
                    thread.setDaemon(true);
                    threads.add(thread);
                    thread.start();
                }
                MongoCollection<Document> probe = client.getDatabase("reliability").getCollection("restart_probe");
                for (int r = 1; r <= restarts; r++) {
                    Thread.sleep(400); // under load
                    server.stop();
                    Thread.sleep(300); // down
                    server.start();
                    long startedAt = System.nanoTime();
                    long recovered = awaitRecovery(probe, outcomes, startedAt);
                    recoveryMillis.add(recovered);
                    assertTrue(recovered <= HEARTBEAT_MS + 1_000, "restart " + r + ": recovered only after "
                            + recovered + " ms, more than heartbeat + 1 s; last probe failure: " + lastProbeFailure
                            + "; failures so far " + outcomes.typedByClass());
                    awaitEveryWriter(lastSuccessNanos, startedAt, threads, r);
                }
                stop.set(true);
                for (Thread thread : threads) {
                    thread.join(10_000);
                    if (thread.isAlive()) {
                        fail(thread.getName() + " is stuck: " + java.util.Arrays.toString(thread.getStackTrace()));
                    }
                }
                Set<Long> present = new HashSet<>();
                for (Document d : writes.find().projection(new Document("_id", 1))) {
                    present.add(((Number) d.get("_id")).longValue());
                }
                Set<Long> lost = new HashSet<>(acknowledged);
                lost.removeAll(present);
                assertEquals(Set.of(), lost, "acknowledged writes missing after restarts");
                Set<Long> unknown = new HashSet<>(present);
                unknown.removeAll(acknowledged);
                unknown.removeAll(failed);
                assertEquals(Set.of(), unknown, "documents no writer tried");
                assertEquals(0, outcomes.untypedFailures(), "untyped failures:\n" + outcomes.untypedExamples());
                for (ConnectionPoolStatistics pool : client.connectionPoolStats()) {
                    assertEquals(0, pool.inUse(), "leaked connections: " + pool);
                }
                long failedButApplied = failed.stream().filter(present::contains).count();
                System.out.printf("ServerRestartIT [%s]: %d restarts survived on port %d with %d writers; "
                                + "recovery after each start (ms) %s (limit %d); %d writes acknowledged and all present, "
                                + "lost writes 0; %d failed typed %s (%d of them applied before the drop)%n",
                        ReliabilitySizes.profileName(), restarts, server.port(), WRITERS, recoveryMillis,
                        HEARTBEAT_MS + 1_000, acknowledged.size(), outcomes.typedFailures(), outcomes.typedByClass(),
                        failedButApplied);
            }
            assertNull(scan.firstLeak(), "a secret leaked");
            System.out.println("ServerRestartIT: " + scan.textsCaptured() + " log lines and exception texts free of "
                    + scan.secretForms() + " secret forms");
        }
    }

    /** Milliseconds from the start until an insert succeeds again; bounded by twice the limit. */
    private static long awaitRecovery(MongoCollection<Document> probe, Outcomes outcomes, long startedAt)
            throws InterruptedException {
        long limit = startedAt + 2 * (HEARTBEAT_MS + 1_000) * 1_000_000;
        while (System.nanoTime() < limit) {
            try {
                probe.insertOne(new Document("at", System.nanoTime()));
                return (System.nanoTime() - startedAt) / 1_000_000;
            } catch (RuntimeException e) {
                outcomes.failure(e);
                lastProbeFailure = SecretScan.describe(e);
                Thread.sleep(10);
            }
        }
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    private static void awaitEveryWriter(AtomicLongArray lastSuccessNanos, long startedAt, List<Thread> threads,
                                         int restart) throws InterruptedException {
        long limit = startedAt + STUCK_LIMIT_MS * 1_000_000;
        for (int i = 0; i < lastSuccessNanos.length(); i++) {
            while (lastSuccessNanos.get(i) - startedAt < 0) {
                if (System.nanoTime() > limit) {
                    fail("restart " + restart + ": writer " + i + " made no progress within " + STUCK_LIMIT_MS
                            + " ms: " + java.util.Arrays.toString(threads.get(i).getStackTrace()));
                }
                Thread.sleep(10);
            }
        }
    }

    private static void write(int writer, MongoCollection<Document> writes, AtomicBoolean stop, Outcomes outcomes,
                              Set<Long> acknowledged, Set<Long> failed, AtomicLongArray lastSuccessNanos) {
        long sequence = 0;
        while (!stop.get()) {
            long id = writer * 100_000_000L + sequence++;
            try {
                writes.insertOne(new Document("_id", id).append("writer", writer));
                acknowledged.add(id);
                outcomes.success();
                lastSuccessNanos.set(writer, System.nanoTime());
            } catch (RuntimeException e) {
                failed.add(id);
                outcomes.failure(e);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
