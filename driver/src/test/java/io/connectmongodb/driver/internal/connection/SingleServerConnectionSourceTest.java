package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.error.MongoConnectionClosedException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SingleServerConnectionSourceTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("db.test", 27017);

    /** A connection that counts its commands and notices being used by two callers at once. */
    static final class StubConnection implements Connection {
        final int id;
        final AtomicBoolean inUse = new AtomicBoolean();
        final AtomicInteger overlaps;
        volatile boolean closed;

        StubConnection(int id, AtomicInteger overlaps) {
            this.id = id;
            this.overlaps = overlaps;
        }

        @Override
        public ConnectionDescription description() {
            return HandshakeReplies.describe(ADDRESS, StubReplies.isMasterReply(), false);
        }

        @Override
        public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
            if (!inUse.compareAndSet(false, true)) {
                overlaps.incrementAndGet();
            }
            Thread.yield();
            inUse.set(false);
            return new BsonDocument("id", new BsonInt32(id));
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<StubConnection> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger overlaps = new AtomicInteger();

    private SingleServerConnectionSource source() {
        return new SingleServerConnectionSource(ADDRESS, address -> {
            StubConnection connection = new StubConnection(opened.size(), overlaps);
            opened.add(connection);
            return connection;
        });
    }

    private static int idOf(Connection connection) {
        return connection.command(new BsonDocument()).getInt32("id").getValue();
    }

    @Test
    void returnedConnectionsAreReusedMostRecentFirst() {
        SingleServerConnectionSource source = source();
        Connection a = source.acquire();
        Connection b = source.acquire();
        assertEquals(2, opened.size());
        int idA = idOf(a);
        int idB = idOf(b);
        a.close();
        b.close();
        assertEquals(2, source.idleCount());

        assertEquals(idB, idOf(source.acquire())); // LIFO: b went back last
        assertEquals(idA, idOf(source.acquire()));
        assertEquals(2, opened.size());
    }

    @Test
    void brokenConnectionsAreDiscardedNeverReused() {
        SingleServerConnectionSource source = source();
        Connection lease = source.acquire();
        opened.get(0).closed = true; // an I/O error closed it while leased
        lease.close();
        assertEquals(0, source.idleCount());

        Connection idleThenBroken = source.acquire();
        assertEquals(1, idOf(idleThenBroken));
        idleThenBroken.close();
        opened.get(1).closed = true; // broke while idle
        assertEquals(2, idOf(source.acquire()));
    }

    @Test
    void closingALeaseTwiceReturnsItOnceAndTheLeaseIsThenUnusable() {
        SingleServerConnectionSource source = source();
        Connection lease = source.acquire();
        lease.close();
        lease.close();
        assertEquals(1, source.idleCount());
        assertTrue(lease.isClosed());
        assertThrows(MongoConnectionClosedException.class, () -> lease.command(new BsonDocument()));
        assertFalse(opened.get(0).closed);
    }

    @Test
    void closedSourceClosesIdleAndLateReturnsAndRefusesAcquire() {
        SingleServerConnectionSource source = source();
        Connection idle = source.acquire();
        Connection leased = source.acquire();
        idle.close();
        source.close();

        assertTrue(opened.get(0).closed);
        assertFalse(opened.get(1).closed);
        leased.close();
        assertTrue(opened.get(1).closed);
        MongoClientException e = assertThrows(MongoClientException.class, source::acquire);
        assertTrue(e.getMessage().contains("connection source closed"), e.getMessage());
        source.close(); // idempotent
    }

    @Test
    void factoryErrorsPropagate() {
        SingleServerConnectionSource source = new SingleServerConnectionSource(ADDRESS, address -> {
            throw new MongoSocketOpenException("refused", address, null);
        });
        assertThrows(MongoSocketOpenException.class, source::acquire);
        assertSame(ADDRESS, source.address());
    }

    @Test
    @Timeout(30)
    void concurrentUseNeverSharesAConnection() throws InterruptedException {
        SingleServerConnectionSource source = source();
        int threads = 4;
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        try (Connection connection = source.acquire()) {
                            idOf(connection);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        assertTrue(done.await(20, TimeUnit.SECONDS));
        assertEquals(List.of(), failures);
        assertEquals(0, overlaps.get());
        assertTrue(opened.size() <= threads, "opened " + opened.size());
        assertEquals(opened.size(), source.idleCount());
        source.close();
        opened.forEach(c -> assertTrue(c.closed));
    }
}
