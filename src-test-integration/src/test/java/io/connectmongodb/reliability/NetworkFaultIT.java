package io.connectmongodb.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.event.ConnectionClosedEvent;
import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.event.ConnectionPoolClearedEvent;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Network faults injected by a {@link FaultProxy} between an authenticated client and the
 * embedded server: a close in the middle of a request and in the middle of a reply, a stall
 * (half-open peer), a reply trickling byte by byte (slower and faster than the socket timeout), a
 * reset during the handshake, and a stall during the handshake with no socket timeout set (retries
 * off, so each case sees one connection's fault), and a mid-reply close with retryable reads on. Each
 * fault must end in a typed error within socketTimeoutMS / connectTimeoutMS (plus a margin for
 * scheduling); the broken connection must be discarded (closed with reason ERROR, or STALE when the
 * clear came first) and, for network errors other than timeouts, the pool cleared (pool events;
 * the SDAM spec keeps the pool on a read timeout after the handshake); once the proxy heals, operations succeed again. Logs and exception texts are scanned for
 * the password and its SCRAM keys.
 */
class NetworkFaultIT {
    private static final String USER = "faulty";
    private static final String PASSWORD = "Fau1t-Test-Pa55word";
    private static final int SOCKET_TIMEOUT_MS = 1_000;
    private static final int CONNECT_TIMEOUT_MS = 1_000;
    private static final long MARGIN_MS = 1_000;

    private static RestartableServer server;
    private static FaultProxy proxy;
    private static SecretScan scan;
    private static final AtomicInteger clears = new AtomicInteger();
    private static final AtomicInteger closedOnError = new AtomicInteger();
    private static final AtomicInteger casesPassed = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        scan = SecretScan.start(PASSWORD);
        ReliabilityBackend backend = new ReliabilityBackend();
        ScramCredential stored = backend.addUser(USER, PASSWORD);
        scan.addScramSha256Keys(PASSWORD, stored.salt(), stored.iterations());
        server = new RestartableServer(backend);
        proxy = new FaultProxy(server.address());
    }

    @AfterAll
    static void stop() {
        try {
            assertNull(scan.firstLeak(), "a secret leaked");
            System.out.println("NetworkFaultIT: " + casesPassed.get() + " fault cases passed, " + proxy.faultsInjected()
                    + " faults injected over " + proxy.acceptedConnections() + " proxied connections; "
                    + scan.textsCaptured() + " log lines and exception texts free of " + scan.secretForms()
                    + " secret forms");
        } finally {
            proxy.close();
            server.close();
            scan.close();
        }
    }

    /** A client without retries, so each case observes exactly one connection's fault. */
    private static MongoClient client(int socketTimeoutMS) {
        return client(socketTimeoutMS, false);
    }

    private static MongoClient client(int socketTimeoutMS, boolean retries) {
        return MongoClients.create(MongoClientSettings.builder()
                .retryReads(retries)
                .retryWrites(retries)
                .hosts(List.of(ServerAddress.of("127.0.0.1", proxy.port())))
                .credential(MongoCredential.scram(USER, "admin", PASSWORD.toCharArray()))
                .heartbeatFrequencyMS(500)
                .serverSelectionTimeoutMS(3_000)
                .connectTimeout(CONNECT_TIMEOUT_MS)
                .socketTimeout(socketTimeoutMS)
                .connectionPoolSettings(ConnectionPoolSettings.builder().maxPoolSize(5).waitQueueTimeoutMS(3_000)
                        .jmxEnabled(false).build())
                .addConnectionPoolListener(new ConnectionPoolListener() {
                    @Override
                    public void poolCleared(ConnectionPoolClearedEvent event) {
                        clears.incrementAndGet();
                    }

                    @Override
                    public void connectionClosed(ConnectionClosedEvent event) {
                        // ERROR, or STALE when the clear came before the check-in: either way discarded
                        if (event.reason() == ConnectionClosedReason.ERROR || event.reason() == ConnectionClosedReason.STALE) {
                            closedOnError.incrementAndGet();
                        }
                    }
                })
                .build());
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("reliability").getCollection("faults");
    }

    @AfterEach
    void healProxy() {
        proxy.fault(FaultProxy.Fault.NONE);
        proxy.slowByteDelayMillis(5);
    }

    /**
     * The reset handshake surfaces either directly (a pool connection's handshake) or, when the
     * monitor's handshake hit it first, as the Unknown server's error in the selection timeout.
     */
    private static boolean isHandshakeReset(RuntimeException e) {
        return e instanceof MongoSocketOpenException
                || (e instanceof MongoServerSelectionTimeoutException && e.getMessage().contains("MongoSocketOpenException")
                && e.getMessage().contains("handshake"));
    }

    @Test
    void closeMidRequest() throws Exception {
        faultEndsInTypedErrorAndHeals(FaultProxy.Fault.CLOSE_REQUEST_MID_MESSAGE, MongoSocketException.class,
                SOCKET_TIMEOUT_MS);
    }

    @Test
    void closeMidReply() throws Exception {
        faultEndsInTypedErrorAndHeals(FaultProxy.Fault.CLOSE_REPLY_MID_MESSAGE, MongoSocketException.class,
                SOCKET_TIMEOUT_MS);
    }

    @Test
    void stallHalfOpen() throws Exception {
        faultEndsInTypedErrorAndHeals(FaultProxy.Fault.STALL, MongoSocketReadTimeoutException.class, SOCKET_TIMEOUT_MS);
    }

    @Test
    void replyTricklingSlowerThanTheSocketTimeout() throws Exception {
        proxy.slowByteDelayMillis(SOCKET_TIMEOUT_MS + 500);
        try {
            faultEndsInTypedErrorAndHeals(FaultProxy.Fault.SLOW_REPLY, MongoSocketReadTimeoutException.class,
                    SOCKET_TIMEOUT_MS);
        } finally {
            proxy.slowByteDelayMillis(5);
        }
    }

    @Test
    void withRetryableReadsAReplyClosedMidMessageStillEndsTypedWithinTheBound() throws Exception {
        try (MongoClient client = client(SOCKET_TIMEOUT_MS, true)) {
            MongoCollection<Document> faults = collection(client);
            faults.insertOne(new Document("phase", "retry"));
            proxy.fault(FaultProxy.Fault.CLOSE_REPLY_MID_MESSAGE);
            long begin = System.nanoTime();
            RuntimeException error = null;
            try {
                faults.find(new Document("phase", "retry")).first();
            } catch (RuntimeException e) {
                error = e;
                scan.addThrowable(e);
            }
            long took = (System.nanoTime() - begin) / 1_000_000;
            proxy.fault(FaultProxy.Fault.NONE);
            // the one retry meets the same fault (or waits for the server to be rediscovered)
            assertInstanceOf(MongoException.class, error, "typed");
            assertTrue(took <= 3_000 + SOCKET_TIMEOUT_MS + MARGIN_MS, "retried read took " + took + " ms: " + error);
            heal(faults);
            System.out.println("NetworkFaultIT: CLOSE_REPLY_MID_MESSAGE with retryable reads -> "
                    + error.getClass().getSimpleName() + " after " + took + " ms, recovered");
        }
        casesPassed.incrementAndGet();
    }

    @Test
    void replyTricklingByteByByteWithinTheSocketTimeoutIsReassembled() throws Exception {
        try (MongoClient client = client(SOCKET_TIMEOUT_MS)) {
            MongoCollection<Document> faults = collection(client);
            faults.insertOne(new Document("_id", "trickle").append("text", "x".repeat(300)));
            proxy.slowByteDelayMillis(2);
            proxy.fault(FaultProxy.Fault.SLOW_REPLY);
            try {
                Document found = faults.find(new Document("_id", "trickle")).first();
                assertEquals("x".repeat(300), found.getString("text"), "a reply read in 1-byte pieces decodes intact");
            } finally {
                proxy.fault(FaultProxy.Fault.NONE);
                proxy.slowByteDelayMillis(5);
            }
        }
        casesPassed.incrementAndGet();
    }

    @Test
    void resetDuringTheHandshake() throws Exception {
        try (MongoClient client = client(SOCKET_TIMEOUT_MS)) {
            MongoCollection<Document> faults = collection(client);
            faults.insertOne(new Document("phase", "before"));
            int clearsBefore = clears.get();
            proxy.fault(FaultProxy.Fault.RESET_AFTER_FIRST_REQUEST);
            proxy.dropAll(); // every established connection dies: the next ones must handshake through the fault
            List<RuntimeException> errors = new ArrayList<>();
            long deadline = System.nanoTime() + 6_000_000_000L;
            while (System.nanoTime() < deadline && errors.stream().noneMatch(NetworkFaultIT::isHandshakeReset)) {
                long begin = System.nanoTime();
                try {
                    faults.insertOne(new Document("phase", "during"));
                } catch (RuntimeException e) {
                    scan.addThrowable(e);
                    errors.add(e);
                    assertInstanceOf(MongoException.class, e, "typed");
                    long took = (System.nanoTime() - begin) / 1_000_000;
                    assertTrue(took <= 3_000 + MARGIN_MS, "failed only after " + took + " ms: " + e);
                }
            }
            assertTrue(errors.stream().anyMatch(NetworkFaultIT::isHandshakeReset), "a handshake reset surfaced: " + errors);
            assertTrue(clears.get() > clearsBefore, "the pool was cleared");
            heal(faults);
        }
        casesPassed.incrementAndGet();
    }

    @Test
    void stallDuringTheHandshakeWithoutSocketTimeoutEndsWithinConnectTimeout() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (MongoClient client = client(0)) {
            MongoCollection<Document> faults = collection(client);
            faults.insertOne(new Document("phase", "before"));
            proxy.fault(FaultProxy.Fault.RESET_AFTER_FIRST_REQUEST); // makes the pooled connection fail first ...
            proxy.dropAll();
            proxy.fault(FaultProxy.Fault.STALL); // ... and every new one stall in its handshake
            List<Long> tookMillis = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                long begin = System.nanoTime();
                Future<?> insert = executor.submit(() -> faults.insertOne(new Document("phase", "stalled")));
                try {
                    insert.get(3_000 + CONNECT_TIMEOUT_MS + MARGIN_MS, TimeUnit.MILLISECONDS);
                    fail("an insert succeeded through a stalled proxy");
                } catch (java.util.concurrent.ExecutionException e) {
                    scan.addThrowable(e.getCause());
                    assertInstanceOf(MongoException.class, e.getCause(), "typed");
                } catch (TimeoutException e) {
                    proxy.fault(FaultProxy.Fault.NONE); // unblock it before failing
                    fail("with socketTimeoutMS 0 an operation hung in a stalled handshake past connectTimeoutMS");
                }
                tookMillis.add((System.nanoTime() - begin) / 1_000_000);
            }
            heal(faults);
            System.out.println("NetworkFaultIT: stalled handshakes ended after " + tookMillis + " ms");
        } finally {
            executor.shutdownNow();
        }
        casesPassed.incrementAndGet();
    }

    private void faultEndsInTypedErrorAndHeals(FaultProxy.Fault fault, Class<? extends MongoException> expected,
                                               int timeoutMillis) throws Exception {
        try (MongoClient client = client(SOCKET_TIMEOUT_MS)) {
            MongoCollection<Document> faults = collection(client);
            faults.insertOne(new Document("phase", "before " + fault));
            int clearsBefore = clears.get();
            int closedBefore = closedOnError.get();
            proxy.fault(fault);
            long begin = System.nanoTime();
            RuntimeException error = null;
            try {
                faults.find(new Document("phase", "before " + fault)).first();
            } catch (RuntimeException e) {
                error = e;
                scan.addThrowable(e);
            }
            long took = (System.nanoTime() - begin) / 1_000_000;
            proxy.fault(FaultProxy.Fault.NONE);
            assertInstanceOf(expected, error, fault + " ends in a typed error");
            assertTrue(took <= timeoutMillis + MARGIN_MS, fault + " took " + took + " ms: " + error);
            if (expected == MongoSocketReadTimeoutException.class) {
                // SDAM error handling: a timeout after the handshake closes that connection only; it
                // neither marks the server Unknown nor clears the pool (a slow query is not an outage)
                assertEquals(clearsBefore, clears.get(), fault + ": a read timeout does not clear the pool");
            } else {
                assertTrue(clears.get() > clearsBefore, fault + ": the pool generation was cleared");
            }
            assertTrue(closedOnError.get() > closedBefore, fault + ": the connection was discarded (closed ERROR/STALE)");
            heal(faults);
            System.out.println("NetworkFaultIT: " + fault + " -> " + error.getClass().getSimpleName() + " after "
                    + took + " ms; " + (clears.get() > clearsBefore ? "pool cleared" : "pool kept (timeout)")
                    + ", connection discarded, recovered");
        }
        casesPassed.incrementAndGet();
    }

    /** After the proxy heals, operations succeed again within a bounded time. */
    private static void heal(MongoCollection<Document> faults) throws InterruptedException {
        proxy.fault(FaultProxy.Fault.NONE);
        long deadline = System.nanoTime() + 5_000_000_000L;
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                faults.insertOne(new Document("phase", "healed"));
                assertTrue(faults.countDocuments(new Document("phase", "healed")) > 0);
                return;
            } catch (RuntimeException e) {
                scan.addThrowable(e);
                assertInstanceOf(MongoException.class, e, "typed");
                last = e;
                Thread.sleep(50);
            }
        }
        fail("the driver did not recover within 5 s after the proxy healed: " + last);
    }
}
