package io.connectmongodb.driver.internal.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.bson.BsonDocument;

/**
 * The client's pool of server sessions (sessions spec, "Server Session Pool"). LIFO: the most
 * recently used session is reused first, so few sessions stay alive on the server. A session
 * within one minute of the server's {@code logicalSessionTimeoutMinutes} is discarded rather than
 * handed out or put back (the server may expire it mid-operation); a dirty session is discarded
 * when it comes back. {@link #drain()} hands every pooled id to {@code endSessions} at close.
 */
public final class ServerSessionPool {
    private static final long SAFETY_MARGIN_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Deque<ServerSession> available = new ArrayDeque<>();
    private final LongSupplier clock;
    private boolean closed;

    public ServerSessionPool(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** A pooled session that will not expire within a minute, or a new one. */
    public synchronized ServerSession acquire(int timeoutMinutes) {
        long now = clock.getAsLong();
        while (!available.isEmpty()) {
            ServerSession candidate = available.pollFirst();
            if (!expiresSoon(candidate, timeoutMinutes, now)) {
                return candidate;
            }
        }
        return new ServerSession(UUID.randomUUID(), now);
    }

    /** Returns a session after use: dirty or nearly expired ones are dropped, as are stale ones at the far end. */
    public synchronized void release(ServerSession session, int timeoutMinutes) {
        long now = clock.getAsLong();
        session.used(now);
        Iterator<ServerSession> oldestFirst = available.descendingIterator();
        while (oldestFirst.hasNext()) {
            if (expiresSoon(oldestFirst.next(), timeoutMinutes, now)) {
                oldestFirst.remove();
            } else {
                break;
            }
        }
        if (!closed && !session.isDirty() && !expiresSoon(session, timeoutMinutes, now)) {
            available.addFirst(session);
        }
    }

    public synchronized int size() {
        return available.size();
    }

    /** Empties the pool for good and returns the {@code lsid}s to end. */
    public synchronized List<BsonDocument> drain() {
        closed = true;
        List<BsonDocument> ids = new ArrayList<>(available.size());
        available.forEach(session -> ids.add(session.identifier()));
        available.clear();
        return ids;
    }

    private static boolean expiresSoon(ServerSession session, int timeoutMinutes, long now) {
        long idle = now - session.lastUsedNanos();
        return idle > TimeUnit.MINUTES.toNanos(timeoutMinutes) - SAFETY_MARGIN_NANOS;
    }
}
