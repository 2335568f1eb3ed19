package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.event.ServerClosedEvent;
import io.connectmongodb.driver.event.ServerDescriptionChangedEvent;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.ServerOpeningEvent;
import io.connectmongodb.driver.internal.balancing.LoadBalancer;
import io.connectmongodb.driver.internal.balancing.ServerOperation;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import io.connectmongodb.driver.internal.binding.ServerBinding;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import io.connectmongodb.driver.internal.pool.ConnectionPool;
import io.connectmongodb.driver.internal.pool.ConnectionPoolRegistry;
import io.connectmongodb.driver.internal.selection.ReadPreferenceSelector;
import io.connectmongodb.driver.internal.selection.ServerSelector;
import io.connectmongodb.driver.internal.selection.WritableServerSelector;
import io.connectmongodb.driver.internal.topology.ApplicationError;
import io.connectmongodb.driver.internal.topology.ServerMonitorFactory;
import io.connectmongodb.driver.internal.topology.Topology;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The deployment as the client's operations see it: owns the {@link Topology} (discovery and
 * monitoring), one {@link ConnectionPool} per server ({@link ConnectionPoolRegistry}, which the
 * topology clears and readies) and the {@link LoadBalancer} (strategies and circuit breakers).
 *
 * <p><b>Selecting a server for an operation</b> ({@link #lease}): the topology returns the servers
 * suitable for the read preference (reads) or writability (writes) within the latency window,
 * waiting up to serverSelectionTimeoutMS while there are none. Servers whose breaker refuses calls
 * are passed as deprioritized, so the window is computed among the others when any is suitable;
 * when only refused servers are suitable the load balancer fails fast with
 * {@code MongoCircuitOpenException}. The balancer's strategy picks one server and takes a breaker
 * permission; the lease then hands out connections from that server's pool. A server removed by
 * the topology between these steps is abandoned and selection runs again.
 *
 * <p><b>Membership</b>: an internal server listener keeps the balancer and pools in step with the
 * topology: a server that opens is readmitted and reports its pool's connection count; a changed
 * description updates its tags (for TAG_AWARE); a server the monitor reaches again after it was
 * Unknown has its OPEN breaker turned HALF_OPEN (recovery is probed at once); a server that closes is forgotten by the balancer
 * and its pool is drained ({@link ServerDrain}) then closed. Seeds can be added and removed at run
 * time in Unknown and Sharded topologies.
 */
public final class Cluster implements ServerBinding {
    private static final int MAX_SELECTION_ROUNDS = 3;

    private final ClusterSettings settings;
    private final ServerDrain drain;
    private final ConnectionPoolRegistry pools;
    private final LoadBalancer balancer;
    private final Topology topology;
    private final CommandEventPublisher commandEvents;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The selector of the default read preference, built once: it depends only on settings. */
    private final ReadPreferenceSelector primaryReads;

    Cluster(ClusterSettings settings, ConnectionFactory connections, ServerMonitorFactory monitors) {
        this.settings = settings;
        this.drain = new ServerDrain(this::closePool);
        this.pools = new ConnectionPoolRegistry(address -> ConnectionPool.create(address, connections, settings.pool(),
                settings.listeners().pool(), (error, generation) -> onBackgroundError(address, error, generation),
                System::nanoTime));
        this.balancer = new LoadBalancer(settings.balancing(), settings.listeners().breakerFanOut());
        List<ServerListener> serverListeners = new ArrayList<>();
        serverListeners.add(new Membership());
        serverListeners.addAll(settings.listeners().server());
        this.topology = new Topology(settings.topology(), monitors, pools, settings.listeners().topology(), serverListeners);
        this.commandEvents = new CommandEventPublisher(settings.listeners().command());
        this.primaryReads = new ReadPreferenceSelector(ReadPreference.primary(), settings.topology().heartbeatFrequencyMS());
    }

    /**
     * Starts monitoring the seeds, then creates their (paused) pools while the first checks are on
     * the network: pool set-up (MBean registration, maintenance thread) then overlaps the check
     * instead of following it, which shortens the way to the first operation.
     */
    void start() {
        topology.start();
        for (ServerAddress seed : topology.description().servers().keySet()) {
            if (topology.description().contains(seed)) {
                pools.pool(seed);
            }
        }
    }

    @Override
    public ServerLease lease(OperationIntent intent) {
        return lease(intent, null, Set.of());
    }

    /** As {@link #lease(OperationIntent)}, restricted to {@code pinned} when given, avoiding {@code deprioritized}. */
    @Override
    public ServerLease lease(OperationIntent intent, ServerAddress pinned, Set<ServerAddress> deprioritized) {
        requireOpen();
        ServerSelector base = intent.write() ? WritableServerSelector.INSTANCE
                : intent.readPreference() == primaryReads.readPreference() ? primaryReads
                : new ReadPreferenceSelector(intent.readPreference(), settings.topology().heartbeatFrequencyMS());
        ServerSelector selector = pinned == null ? base : new PinnedServerSelector(base, pinned);
        for (int round = 1; ; round++) {
            Set<ServerAddress> avoided = avoidedServers(deprioritized);
            List<ServerDescription> window = topology.selectServers(selector, avoided);
            ServerOperation operation = balancer.select(addressesOf(window));
            ServerAddress chosen = operation.address();
            TopologyDescription now = topology.description();
            ServerDescription server = now.server(chosen);
            if (server != null) {
                ConnectionPool pool = pools.pool(chosen);
                if (topology.description().contains(chosen)) {
                    return new ClusterServerLease(operation, pool,
                            ReadPreferenceArgument.of(now.type(), server.type(), intent), topology, commandEvents, drain);
                }
                drain.retire(chosen); // the server left while its pool was being looked up
            }
            operation.abandoned();
            if (round == MAX_SELECTION_ROUNDS) {
                throw new MongoClientException("the servers selected for " + intent.describe()
                        + " kept leaving the topology; last one: " + chosen);
            }
        }
    }

    public TopologyDescription description() {
        return topology.description();
    }

    public LoadBalancingStrategyType strategy() {
        return balancer.strategy();
    }

    public void setStrategy(LoadBalancingStrategyType strategy) {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must not be null");
        }
        balancer.setStrategy(strategy);
    }

    /** Adds a server at run time; its monitor discovers it and selections include it once it is known. */
    public void addServer(ServerAddress address) {
        requireOpen();
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        balancer.addServer(address);
        topology.addServer(address);
    }

    /** Removes a server at run time; work in flight on it finishes, then its pool closes. */
    public void removeServer(ServerAddress address) {
        requireOpen();
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        topology.removeServer(address);
    }

    public ClusterStatistics statistics() {
        return balancer.statistics();
    }

    public List<ConnectionPoolStatistics> poolStatistics() {
        return pools.statistics();
    }

    /** Stops monitoring, closes every pool and unregisters the balancer's MBeans. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                topology.close();
            } finally {
                pools.close();
                balancer.close();
            }
        }
    }

    /**
     * The servers whose breaker refuses calls, plus {@code deprioritized}. Built lazily: while every
     * breaker permits calls (the normal case) it is {@code deprioritized} itself, with no allocation.
     */
    private Set<ServerAddress> avoidedServers(Set<ServerAddress> deprioritized) {
        Set<ServerAddress> avoided = null;
        for (ServerAddress address : topology.description().servers().keySet()) {
            if (!balancer.breaker(address).isCallPermitted()) {
                if (avoided == null) {
                    avoided = new HashSet<>(deprioritized);
                }
                avoided.add(address);
            }
        }
        return avoided == null ? deprioritized : avoided;
    }

    /** The addresses of the window, in order; a one-server window (the common case) without an ArrayList. */
    private static List<ServerAddress> addressesOf(List<ServerDescription> window) {
        if (window.size() == 1) {
            return List.of(window.get(0).address());
        }
        List<ServerAddress> addresses = new ArrayList<>(window.size());
        for (ServerDescription server : window) {
            addresses.add(server.address());
        }
        return addresses;
    }

    private void onBackgroundError(ServerAddress address, RuntimeException error, int generation) {
        topology.handleApplicationError(new ApplicationError(address, error, generation, 0, false, null));
    }

    private void closePool(ServerAddress address) {
        pools.remove(address);
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the cluster is closed");
        }
    }

    /** Keeps the balancer and the pools in step with the topology's servers. */
    private final class Membership implements ServerListener {
        @Override
        public void serverOpening(ServerOpeningEvent event) {
            ServerAddress address = event.address();
            drain.readmit(address);
            balancer.reportConnectionsOf(address,
                    () -> pools.existing(address).map(pool -> pool.statistics().total()).orElse(0));
        }

        @Override
        public void serverDescriptionChanged(ServerDescriptionChangedEvent event) {
            balancer.updateTags(event.address(), event.newDescription().tags());
            if (event.previousDescription().type() == ServerType.UNKNOWN
                    && event.newDescription().type() != ServerType.UNKNOWN) {
                // back after a restart or a network fault: let the breaker probe now, not after its timeout
                balancer.breaker(event.address()).onServerReachableAgain();
            }
        }

        @Override
        public void serverClosed(ServerClosedEvent event) {
            balancer.removeServer(event.address());
            drain.retire(event.address());
        }
    }
}
