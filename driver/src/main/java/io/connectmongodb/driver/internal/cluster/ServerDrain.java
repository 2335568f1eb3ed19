package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ServerAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lets work in flight on a server that left the cluster finish before its pool closes.
 *
 * <p>It counts, per server, the connections operations hold. When a server is retired (removed at
 * run time, or dropped by discovery) its pool is closed at once if nothing is held; otherwise the
 * server is marked retiring and the pool is closed when the last held connection comes back. A
 * server added again before that is readmitted and keeps its pool. The closer runs outside this
 * object's monitor.
 */
final class ServerDrain {
    private final Consumer<ServerAddress> closer;
    private final Map<ServerAddress, Integer> held = new HashMap<>();
    private final Set<ServerAddress> retiring = new HashSet<>();

    /** @param closer closes and forgets the pool of a retired server */
    ServerDrain(Consumer<ServerAddress> closer) {
        this.closer = Objects.requireNonNull(closer, "closer");
    }

    synchronized void connectionTaken(ServerAddress address) {
        held.merge(address, 1, Integer::sum);
    }

    void connectionReturned(ServerAddress address) {
        boolean close;
        synchronized (this) {
            Integer remaining = held.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
            close = remaining == null && retiring.remove(address);
        }
        if (close) {
            closer.accept(address);
        }
    }

    void retire(ServerAddress address) {
        boolean closeNow;
        synchronized (this) {
            closeNow = !held.containsKey(address);
            if (!closeNow) {
                retiring.add(address);
            }
        }
        if (closeNow) {
            closer.accept(address);
        }
    }

    /** The server is part of the cluster again: its pool must stay open. */
    synchronized void readmit(ServerAddress address) {
        retiring.remove(address);
    }

    synchronized boolean isRetiring(ServerAddress address) {
        return retiring.contains(address);
    }

    synchronized int held(ServerAddress address) {
        return held.getOrDefault(address, 0);
    }
}
