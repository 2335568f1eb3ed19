package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.balancing.ServerStatistics;
import io.connectmongodb.driver.error.MongoCircuitOpenException;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The last step of server selection: given the servers suitable for an operation (read preference
 * and latency window already applied), drops those whose circuit breaker refuses calls, lets the
 * current {@link LoadBalancingStrategy} pick one, and takes a breaker permission for it. If the
 * permission is refused meanwhile (another thread took the last half-open probe slot), that server
 * is dropped and the strategy picks again. When breakers exclude every suitable server it throws
 * {@link MongoCircuitOpenException} at once, rather than letting selection wait for its timeout.
 *
 * <p>The strategy is held in an atomic reference and may be switched at any time. Per-server
 * figures are created on first sight of a server and dropped by {@link #removeServer}.
 */
public final class LoadBalancer implements AutoCloseable {
    private final LoadBalancingSettings settings;
    private final LongSupplier nanoClock;
    private final Supplier<RandomGenerator> random;
    private final CircuitBreakerListener breakerListener;
    private final AtomicReference<LoadBalancingStrategy> strategy = new AtomicReference<>();
    private final Map<ServerAddress, ServerLoadTracker> servers = new ConcurrentHashMap<>();
    private final java.util.Set<ServerAddress> removed = ConcurrentHashMap.newKeySet();
    private final BalancingMBeans mbeans;

    public LoadBalancer(LoadBalancingSettings settings, CircuitBreakerListener breakerListener, LongSupplier nanoClock,
                        Supplier<RandomGenerator> random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.breakerListener = Objects.requireNonNull(breakerListener, "breakerListener");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.random = Objects.requireNonNull(random, "random");
        this.strategy.set(LoadBalancingStrategy.of(settings.strategy(), settings, random));
        this.mbeans = settings.jmxEnabled() ? BalancingMBeans.register(this) : null;
    }

    /** On the system clock, with thread-local randomness. */
    public LoadBalancer(LoadBalancingSettings settings, CircuitBreakerListener breakerListener) {
        this(settings, breakerListener, System::nanoTime, ThreadLocalRandom::current);
    }

    /**
     * Chooses a server among {@code suitable} and starts an operation on it; the caller must finish
     * the returned {@link ServerOperation}.
     *
     * @throws IllegalArgumentException  {@code suitable} is empty
     * @throws MongoCircuitOpenException every suitable server is excluded by its breaker
     */
    public ServerOperation select(List<ServerAddress> suitable) {
        if (suitable.isEmpty()) {
            throw new IllegalArgumentException("no suitable servers to balance between");
        }
        if (suitable.size() == 1) {
            return selectOnly(suitable.get(0));
        }
        List<ServerCandidate> permitted = new ArrayList<>(suitable.size());
        Map<String, String> excluded = null; // only built when a breaker refuses (the rare case)
        for (ServerAddress address : suitable) {
            ServerLoadTracker tracker = tracker(address);
            if (tracker.breaker().isCallPermitted()) {
                permitted.add(tracker.candidate());
            } else {
                excluded = exclude(excluded, address, tracker);
            }
        }
        LoadBalancingStrategy current = strategy.get();
        while (!permitted.isEmpty()) {
            ServerAddress chosen = current.select(permitted);
            ServerLoadTracker tracker = tracker(chosen);
            if (tracker.breaker().tryAcquirePermission()) {
                return new ServerOperation(tracker, nanoClock);
            }
            permitted.removeIf(candidate -> candidate.address().equals(chosen));
            excluded = exclude(excluded, chosen, tracker);
        }
        throw circuitOpen(excluded);
    }

    /**
     * The same steps as {@link #select} for a single suitable server (a standalone, one mongos, a
     * replica set's primary: the common case), without building a candidate list to remove from.
     * The strategy is still consulted, so stateful strategies see the same calls.
     */
    private ServerOperation selectOnly(ServerAddress address) {
        ServerLoadTracker tracker = tracker(address);
        if (tracker.breaker().isCallPermitted()) {
            strategy.get().select(List.of(tracker.candidate()));
            if (tracker.breaker().tryAcquirePermission()) {
                return new ServerOperation(tracker, nanoClock);
            }
        }
        throw circuitOpen(exclude(null, address, tracker));
    }

    private static MongoCircuitOpenException circuitOpen(Map<String, String> excluded) {
        return new MongoCircuitOpenException("every suitable server is excluded by its circuit breaker, failing fast: "
                + excluded, excluded);
    }

    public LoadBalancingStrategyType strategy() {
        return strategy.get().type();
    }

    /** Switches the strategy for every later selection. */
    public void setStrategy(LoadBalancingStrategyType type) {
        strategy.set(LoadBalancingStrategy.of(Objects.requireNonNull(type, "type"), settings, random));
    }

    /** Records a server's member tags (from its hello reply) for {@code TAG_AWARE}. */
    public void updateTags(ServerAddress address, Map<String, String> tags) {
        tracker(address).tags(tags);
    }

    /** Lets the statistics report the connection count of the server's pool. */
    public void reportConnectionsOf(ServerAddress address, IntSupplier connectionCount) {
        tracker(address).connectionCount(Objects.requireNonNull(connectionCount, "connectionCount"));
    }

    /**
     * Forgets a server that left the topology. Work that raced with the removal (a selection made
     * from an older topology, a late outcome) is tracked on a detached tracker, so it cannot bring
     * the server back into the statistics; {@link #addServer} readmits it.
     */
    public void removeServer(ServerAddress address) {
        removed.add(address);
        if (servers.remove(address) != null && mbeans != null) {
            mbeans.unregisterServer(address);
        }
    }

    /** Readmits a server that was removed earlier (a no-op for servers never removed). */
    public void addServer(ServerAddress address) {
        removed.remove(address);
    }

    /** The breaker of {@code address} (created on first use). */
    public CircuitBreaker breaker(ServerAddress address) {
        return tracker(address).breaker();
    }

    public ServerStatistics serverStatistics(ServerAddress address) {
        return tracker(address).statistics();
    }

    public ClusterStatistics statistics() {
        List<ServerStatistics> snapshots = new ArrayList<>();
        for (ServerLoadTracker tracker : servers.values()) {
            snapshots.add(tracker.statistics());
        }
        snapshots.sort(Comparator.comparing(s -> s.address().toString()));
        long requests = 0;
        long failures = 0;
        int inProgress = 0;
        double rate = 0;
        int open = 0;
        for (ServerStatistics s : snapshots) {
            requests += s.totalRequests();
            failures += s.totalFailures();
            inProgress += s.operationsInProgress();
            rate += s.requestsPerSecond();
            open += s.breakerState() == CircuitBreakerState.OPEN ? 1 : 0;
        }
        return new ClusterStatistics(strategy(), requests, failures, inProgress, rate, open, snapshots);
    }

    /** Unregisters the MBeans. */
    @Override
    public void close() {
        if (mbeans != null) {
            mbeans.unregisterAll();
        }
    }

    private ServerLoadTracker tracker(ServerAddress address) {
        ServerLoadTracker existing = servers.get(address);
        if (existing != null) {
            return existing;
        }
        if (removed.contains(address)) {
            return new ServerLoadTracker(address, settings, nanoClock, breakerListener);
        }
        ServerLoadTracker created = servers.computeIfAbsent(address,
                a -> new ServerLoadTracker(a, settings, nanoClock, breakerListener));
        if (mbeans != null) {
            mbeans.registerServer(created);
        }
        return created;
    }

    private static Map<String, String> exclude(Map<String, String> excluded, ServerAddress address, ServerLoadTracker tracker) {
        Map<String, String> map = excluded == null ? new LinkedHashMap<>() : excluded;
        map.put(address.toString(), describe(tracker.breaker().state()));
        return map;
    }

    private static String describe(CircuitBreakerState state) {
        return state == CircuitBreakerState.HALF_OPEN ? "HALF_OPEN (no free probe slot)" : state.name();
    }
}
