package io.connectmongodb.driver.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.bson.BsonDocument;

/**
 * The client's pool of server sessions (sessions spec, "Server Session Pool"), lock-free.
 *
 * <p>The sessions sit in a {@link ConcurrentLinkedDeque}, most recently used at the head. LIFO:
 * {@link #acquire} polls the head, so few sessions stay alive on the server. A session within one
 * minute of the server's {@code logicalSessionTimeoutMinutes} is discarded rather than handed out
 * or put back (the server may expire it mid-operation). {@link #release} first prunes expiring
 * sessions from the tail (the least recently used end) and then pushes the returned session onto
 * the head unless it is dirty, nearly expired, or the pool is closed. {@link #drain()} closes the
 * pool and hands every pooled id to {@code endSessions}; a release racing with it re-checks the
 * closed flag after pushing and takes its session back out, so a drained pool stays empty.
 */
public final class ServerSessionPool {
    private static final long SAFETY_MARGIN_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ConcurrentLinkedDeque<ServerSession> available = new ConcurrentLinkedDeque<>();
    private final LongSupplier clock;
    private volatile boolean closed;

    public ServerSessionPool(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** A pooled session that will not expire within a minute, or a new one. */
    public ServerSession acquire(int timeoutMinutes) {
        long now = clock.getAsLong();
        ServerSession candidate;
        while ((candidate = available.pollFirst()) != null) {
            if (!expiresSoon(candidate, timeoutMinutes, now)) {
                return candidate;
            }
        }
        return new ServerSession(UUID.randomUUID(), now);
    }

    /** Returns a session after use: dirty or nearly expired ones are dropped, as are stale ones at the far end. */
    public void release(ServerSession session, int timeoutMinutes) {
        long now = clock.getAsLong();
        session.used(now);
        pruneExpiringTail(timeoutMinutes, now);
        if (closed || session.isDirty() || expiresSoon(session, timeoutMinutes, now)) {
            return;
        }
        available.addFirst(session);
        if (closed) {
            available.removeFirstOccurrence(session);
        }
    }

    /** Bounded by the pool size: every pass removes the session it looked at (or another thread did). */
    private void pruneExpiringTail(int timeoutMinutes, long now) {
        ServerSession oldest;
        while ((oldest = available.peekLast()) != null && expiresSoon(oldest, timeoutMinutes, now)) {
            available.removeLastOccurrence(oldest);
        }
    }

    /** The number of pooled sessions (a traversal: for tests and diagnostics, not the hot path). */
    public int size() {
        return available.size();
    }

    /** Empties the pool for good and returns the {@code lsid}s to end. */
    public List<BsonDocument> drain() {
        closed = true;
        List<BsonDocument> ids = new ArrayList<>();
        ServerSession session;
        while ((session = available.pollFirst()) != null) {
            ids.add(session.identifier());
        }
        return ids;
    }

    private static boolean expiresSoon(ServerSession session, int timeoutMinutes, long now) {
        long idle = now - session.lastUsedNanos();
        return idle > TimeUnit.MINUTES.toNanos(timeoutMinutes) - SAFETY_MARGIN_NANOS;
    }
}
