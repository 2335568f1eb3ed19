package io.connectmongodb.driver.internal.session;

import io.connectmongodb.testsupport.Concurrently;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.junit.jupiter.api.Test;

/** The cluster clock keeps the greatest time seen, also when many threads advance it at once. */
class ClusterClockTest {

    private static BsonDocument time(int seconds) {
        return new BsonDocument("clusterTime", new BsonTimestamp(seconds, 1));
    }

    @Test
    void startsEmptyAndIgnoresNull() {
        ClusterClock clock = new ClusterClock();
        assertNull(clock.current());
        clock.advance(null);
        assertNull(clock.current());
        BsonDocument first = time(5);
        clock.advance(first);
        clock.advance(null);
        assertSame(first, clock.current());
    }

    @Test
    void onlyALaterTimeReplacesTheCurrentOne() {
        ClusterClock clock = new ClusterClock();
        BsonDocument later = time(10);
        clock.advance(later);
        clock.advance(time(3));
        assertSame(later, clock.current());
        BsonDocument equal = time(10);
        clock.advance(equal);
        assertSame(later, clock.current(), "an equal time keeps the stored document");
        BsonDocument latest = time(11);
        clock.advance(latest);
        assertSame(latest, clock.current());
    }

    @Test
    void concurrentAdvancesKeepTheMaximum() throws Exception {
        ClusterClock clock = new ClusterClock();
        int threads = 4;
        int perThread = 2_000;
        Concurrently.run(threads, perThread, (thread, round) -> clock.advance(time(round * threads + thread)));
        assertEquals(new BsonTimestamp((perThread - 1) * threads + threads - 1, 1),
                clock.current().getTimestamp("clusterTime"));
    }
}
