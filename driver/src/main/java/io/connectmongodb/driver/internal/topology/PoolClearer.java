package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import org.bson.types.ObjectId;

/**
 * How the topology drives the connection pools it does not own. The pool layer implements this;
 * the topology calls it while holding its lock, so a clear is atomic with the matching change of
 * the server's description (SDAM: "clearing the pool MUST be synchronized with the update").
 */
public interface PoolClearer {

    /**
     * Clears the pool of {@code address}: bumps its generation so existing connections are closed
     * when next seen, and pauses it until {@link #markReady} (CMAP).
     *
     * @param serviceId                  for a load-balanced topology, clear only connections to
     *                                   this service; {@code null} otherwise
     * @param interruptInUseConnections  also interrupt checked-out connections (after a monitor
     *                                   timeout, when every connection is likely stuck)
     * @param cause                      why, for events and logs
     */
    void clear(ServerAddress address, ObjectId serviceId, boolean interruptInUseConnections, Throwable cause);

    /** A check succeeded: the server's pool may hand out connections again. */
    void markReady(ServerAddress address);

    /** The pool generation of {@code address} now (0 for a server that has no pool yet). */
    int generation(ServerAddress address);
}
