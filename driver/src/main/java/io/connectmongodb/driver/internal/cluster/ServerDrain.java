package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ServerAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Lets work in flight on a server that left the cluster finish before its pool closes.
 *
 * <p>It counts, per server, the connections operations hold. When a server is retired (removed at
 * run time, or dropped by discovery) its pool is closed at once if nothing is held; otherwise the
 * server is marked retiring and the pool is closed when the last held connection comes back. A
 * server added again before that is readmitted and keeps its pool.
 *
 * <p>Every operation takes and returns a connection, so this is lock-free: per server an atomic
 * count and an atomic retiring flag. Retiring sets the flag then reads the count; returning
 * decrements the count then reads the flag. Whichever of the two runs last sees the other's write,
 * and the one that clears the flag (compare-and-set) closes the pool, so it is closed exactly once.
 */
final class ServerDrain {
    private static final class Holds {
        final AtomicInteger held = new AtomicInteger();
        final AtomicBoolean retiring = new AtomicBoolean();
    }

    private final Consumer<ServerAddress> closer;
    private final Map<ServerAddress, Holds> servers = new ConcurrentHashMap<>();

    /** @param closer closes and forgets the pool of a retired server */
    ServerDrain(Consumer<ServerAddress> closer) {
        this.closer = Objects.requireNonNull(closer, "closer");
    }

    void connectionTaken(ServerAddress address) {
        holds(address).held.incrementAndGet();
    }

    void connectionReturned(ServerAddress address) {
        Holds holds = holds(address);
        int remaining = holds.held.updateAndGet(n -> n > 0 ? n - 1 : 0);
        if (remaining == 0 && holds.retiring.compareAndSet(true, false)) {
            closer.accept(address);
        }
    }

    void retire(ServerAddress address) {
        Holds holds = holds(address);
        holds.retiring.set(true);
        if (holds.held.get() == 0 && holds.retiring.compareAndSet(true, false)) {
            closer.accept(address);
        }
    }

    /** The server is part of the cluster again: its pool must stay open. */
    void readmit(ServerAddress address) {
        holds(address).retiring.set(false);
    }

    boolean isRetiring(ServerAddress address) {
        Holds holds = servers.get(address);
        return holds != null && holds.retiring.get();
    }

    int held(ServerAddress address) {
        Holds holds = servers.get(address);
        return holds == null ? 0 : holds.held.get();
    }

    private Holds holds(ServerAddress address) {
        Holds holds = servers.get(address);
        return holds != null ? holds : servers.computeIfAbsent(address, a -> new Holds());
    }
}
