package io.connectmongodb.driver.internal.session;

import io.connectmongodb.testsupport.Concurrently;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** LIFO reuse, expiry with a one-minute margin, dirty sessions, and draining for endSessions. */
class ServerSessionPoolTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ServerSessionPool pool = new ServerSessionPool(now::get);

    @Test
    void theMostRecentlyReturnedSessionIsReusedFirst() {
        ServerSession a = pool.acquire(30);
        ServerSession b = pool.acquire(30);
        assertNotEquals(a.identifier(), b.identifier());
        pool.release(a, 30);
        pool.release(b, 30);
        assertSame(b, pool.acquire(30));
        assertSame(a, pool.acquire(30));
    }

    @Test
    void sessionsWithinAMinuteOfExpiryAreDiscarded() {
        ServerSession old = pool.acquire(30);
        pool.release(old, 30);
        now.addAndGet(TimeUnit.MINUTES.toNanos(29) + 1);
        ServerSession fresh = pool.acquire(30);
        assertNotEquals(old.identifier(), fresh.identifier(), "29 minutes idle out of 30 is too close to expiry");
        assertEquals(0, pool.size());

        ServerSession recent = pool.acquire(30);
        pool.release(recent, 30);
        now.addAndGet(TimeUnit.MINUTES.toNanos(28));
        assertSame(recent, pool.acquire(30), "28 minutes idle is still safe");
    }

    @Test
    void dirtySessionsAreNotReturned() {
        ServerSession session = pool.acquire(30);
        session.markDirty();
        pool.release(session, 30);
        assertEquals(0, pool.size());
    }

    @Test
    void drainGivesEveryPooledIdAndClosesThePool() {
        ServerSession a = pool.acquire(30);
        ServerSession b = pool.acquire(30);
        pool.release(a, 30);
        pool.release(b, 30);
        assertEquals(java.util.List.of(b.identifier(), a.identifier()), pool.drain());
        pool.release(pool.acquire(30), 30);
        assertEquals(0, pool.size(), "a drained pool keeps nothing");
    }

    @Test
    void transactionNumbersOnlyGrowAndIdsAreUuidSubtypeFour() {
        ServerSession session = pool.acquire(30);
        assertEquals(1, session.nextTransactionNumber());
        assertEquals(2, session.nextTransactionNumber());
        assertEquals(2, session.transactionNumber());
        assertEquals(4, session.identifier().getBinary("id").getType());
        assertEquals(16, session.identifier().getBinary("id").getData().length);
    }
    @Test
    void concurrentAcquireAndReleaseNeverHandOutOneSessionTwice() throws Exception {
        int threads = 4;
        int rounds = 2_000;
        java.util.Set<ServerSession> inUse = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger sharedTwice = new java.util.concurrent.atomic.AtomicInteger();
        Concurrently.run(threads, rounds, (thread, round) -> {
            ServerSession session = pool.acquire(30);
            if (!inUse.add(session)) {
                sharedTwice.incrementAndGet();
            }
            inUse.remove(session);
            pool.release(session, 30);
        });
        assertEquals(0, sharedTwice.get());
        assertEquals(true, pool.size() <= threads, "at most one session per concurrent user: " + pool.size());
    }

    @Test
    void releasePrunesExpiringSessionsFromTheLeastRecentlyUsedEnd() {
        ServerSession old = pool.acquire(30);
        pool.release(old, 30);
        now.addAndGet(TimeUnit.MINUTES.toNanos(29) + 1);
        ServerSession fresh = new ServerSession(java.util.UUID.randomUUID(), now.get());
        pool.release(fresh, 30);
        assertEquals(1, pool.size(), "the expiring session was pruned on release");
        assertSame(fresh, pool.acquire(30));
    }
}
