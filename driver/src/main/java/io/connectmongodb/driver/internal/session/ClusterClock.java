package io.connectmongodb.driver.internal.session;

import java.util.concurrent.atomic.AtomicReference;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * The highest {@code $clusterTime} the client has seen in any reply (sessions spec, "Gossipping
 * the cluster time"); every command to a server with sessions carries it back.
 *
 * <p>Lock-free: {@link #advance} reads the current value, keeps it when the candidate is not
 * later, and otherwise compare-and-sets the candidate, retrying only when another thread changed
 * the value in between. The stored time therefore only ever grows.
 */
public final class ClusterClock {
    private final AtomicReference<BsonDocument> clusterTime = new AtomicReference<>();

    public BsonDocument current() {
        return clusterTime.get();
    }

    public void advance(BsonDocument candidate) {
        if (candidate == null) {
            return;
        }
        BsonDocument seen = clusterTime.get();
        while (greater(seen, candidate) != seen) {
            if (clusterTime.compareAndSet(seen, candidate)) {
                return;
            }
            seen = clusterTime.get();
        }
    }

    /** The later of two {@code $clusterTime} documents, either of which may be null. */
    public static BsonDocument greater(BsonDocument a, BsonDocument b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return timestamp(b).compareTo(timestamp(a)) > 0 ? b : a;
    }

    private static BsonTimestamp timestamp(BsonDocument clusterTime) {
        return clusterTime.getTimestamp("clusterTime");
    }
}
