package io.connectmongodb.driver.internal.session;

import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * The highest {@code $clusterTime} the client has seen in any reply (sessions spec, "Gossipping
 * the cluster time"); every command to a server with sessions carries it back.
 */
public final class ClusterClock {
    private BsonDocument clusterTime;

    public synchronized BsonDocument current() {
        return clusterTime;
    }

    public synchronized void advance(BsonDocument candidate) {
        clusterTime = greater(clusterTime, candidate);
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
