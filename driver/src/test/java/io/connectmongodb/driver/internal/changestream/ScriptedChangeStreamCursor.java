package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.ChangeStreamCursor;
import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

/**
 * A change stream cursor for listener tests: {@code tryNext} returns events numbered 0..{@code total-1}, with an empty
 * poll after every {@code emptyEvery} events, then stays idle (server cursor still open). It records how many polls
 * ever overlapped and whether it was closed.
 */
final class ScriptedChangeStreamCursor implements ChangeStreamCursor<Integer> {
    private final int total;
    private final int emptyEvery;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile int nextSeq;
    private volatile int sinceEmpty;
    private volatile BsonDocument token;

    ScriptedChangeStreamCursor(int total, int emptyEvery) {
        this.total = total;
        this.emptyEvery = emptyEvery;
    }

    @Override
    public ChangeStreamEvent<Integer> tryNext() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.yield(); // widen the window in which an overlapping poll would be seen
            if (nextSeq >= total || (emptyEvery > 0 && sinceEmpty == emptyEvery)) {
                sinceEmpty = 0;
                return null;
            }
            int seq = nextSeq++;
            sinceEmpty++;
            token = new BsonDocument("_data", new BsonInt32(seq));
            return new ChangeStreamEvent<>(token, "insert", null, null, null, seq, null, null, null, token);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public boolean hasNext() {
        throw new UnsupportedOperationException("the listener must poll with tryNext");
    }

    @Override
    public ChangeStreamEvent<Integer> next() {
        throw new NoSuchElementException("the listener must poll with tryNext");
    }

    @Override
    public BsonDocument getResumeToken() {
        return token;
    }

    @Override
    public Long getServerCursorId() {
        return closed.get() ? null : 42L;
    }

    @Override
    public void close() {
        closed.set(true);
    }

    int maxPollsInFlight() {
        return maxInFlight.get();
    }

    boolean isClosed() {
        return closed.get();
    }
}
