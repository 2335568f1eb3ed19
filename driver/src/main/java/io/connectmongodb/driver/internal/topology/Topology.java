package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.error.MongoIncompatibleServerException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.event.ServerClosedEvent;
import io.connectmongodb.driver.event.ServerDescriptionChangedEvent;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.ServerOpeningEvent;
import io.connectmongodb.driver.event.TopologyClosedEvent;
import io.connectmongodb.driver.event.TopologyDescriptionChangedEvent;
import io.connectmongodb.driver.event.TopologyListener;
import io.connectmongodb.driver.event.TopologyOpeningEvent;
import io.connectmongodb.driver.internal.selection.ServerSelection;
import io.connectmongodb.driver.internal.selection.ServerSelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.types.ObjectId;

/**
 * One client's live view of a deployment: owns the current {@link TopologyDescription}, one
 * {@link Monitor} per server, and publishes SDAM events. Every change goes through the pure
 * {@link TopologyStateMachine} under one lock, so events come out in order and pool clears happen
 * atomically with the description change that caused them.
 *
 * <p>Server selection waits here: {@link #selectServers} returns the suitable servers in the
 * latency window, or asks every monitor for an immediate check and waits for the next change, up
 * to {@code serverSelectionTimeoutMS}.
 */
public final class Topology implements CheckResultHandler, AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(Topology.class.getName());

    private final ObjectId id = new ObjectId();
    private final TopologySettings settings;
    private final TopologyStateMachine stateMachine;
    private final ApplicationErrorHandler errorHandler;
    private final ServerMonitorFactory monitorFactory;
    private final PoolClearer pools;
    private final List<TopologyListener> topologyListeners;
    private final List<ServerListener> serverListeners;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<ServerAddress, Monitor> monitors = new LinkedHashMap<>();
    private volatile TopologyDescription description;
    private boolean started;
    /** Written under the lock; volatile so that selection's lock-free first attempt sees a close. */
    private volatile boolean closed;

    public Topology(TopologySettings settings, ServerMonitorFactory monitorFactory, PoolClearer pools,
                    List<TopologyListener> topologyListeners, List<ServerListener> serverListeners) {
        this.settings = settings;
        this.stateMachine = new TopologyStateMachine(settings);
        this.errorHandler = new ApplicationErrorHandler(stateMachine);
        this.monitorFactory = monitorFactory;
        this.pools = pools;
        this.topologyListeners = List.copyOf(topologyListeners);
        this.serverListeners = List.copyOf(serverListeners);
        this.description = emptyDescription();
    }

    public ObjectId id() {
        return id;
    }

    public TopologySettings settings() {
        return settings;
    }

    /** The current description (a consistent snapshot). */
    public TopologyDescription description() {
        return description;
    }

    /** Publishes the opening events and starts monitoring the seeds (none for a load balancer). */
    public void start() {
        lock.lock();
        try {
            if (started || closed) {
                throw new IllegalStateException("topology " + id + " was already started");
            }
            started = true;
            topologyListeners.forEach(l -> l.topologyOpening(new TopologyOpeningEvent(id)));
            TopologyDescription previous = description;
            description = stateMachine.initialDescription();
            topologyListeners.forEach(l -> l.topologyDescriptionChanged(new TopologyDescriptionChangedEvent(id, previous, description)));
            for (ServerAddress seed : description.servers().keySet()) {
                openServer(seed);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void checkSucceeded(ServerDescription checked) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            TopologyUpdate update = stateMachine.apply(description, checked);
            ServerDescription accepted = update.current().server(checked.address());
            if (accepted != null && accepted.isAvailable()
                    && (accepted.isDataBearing() || update.current().type() == TopologyType.SINGLE)) {
                pools.markReady(checked.address());
            }
            apply(update);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void checkFailed(ServerAddress address, Throwable error) {
        lock.lock();
        try {
            if (closed || !description.contains(address)) {
                return;
            }
            TopologyUpdate update = stateMachine.apply(description, ServerDescription.unknown(address, error));
            apply(update);
            if (update.current().contains(address)) {
                pools.clear(address, null, ServerErrors.isNetworkTimeout(error), error);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies SDAM error handling to an error an application operation met; clears the pool,
     * requests or cancels checks as decided.
     */
    public ErrorOutcome handleApplicationError(ApplicationError error) {
        lock.lock();
        try {
            if (closed) {
                return ErrorOutcome.ignored(TopologyUpdate.unchanged(description));
            }
            ErrorOutcome outcome = errorHandler.handle(description, error, pools.generation(error.address()));
            apply(outcome.update());
            if (outcome.clearPool()) {
                pools.clear(error.address(), error.serviceId(), false, error.error());
            }
            Monitor monitor = monitors.get(error.address());
            if (monitor != null && outcome.requestCheck()) {
                monitor.requestCheck();
            }
            if (monitor != null && outcome.cancelCheck()) {
                monitor.cancelCheck();
            }
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The servers suitable for {@code selector} within the latency window, waiting for a change
     * of the topology while there are none.
     *
     * @param deprioritized  servers to avoid if others are suitable (where a retried operation failed)
     * @throws MongoServerSelectionTimeoutException after {@code serverSelectionTimeoutMS} without a suitable server
     * @throws MongoIncompatibleServerException when a server's wire version range does not overlap the driver's
     */
    public List<ServerDescription> selectServers(ServerSelector selector, Set<ServerAddress> deprioritized) {
        // First attempt without the lock: the description is an immutable volatile snapshot, so a
        // steady topology serves every operation without threads queueing on the topology lock.
        TopologyDescription snapshot = description;
        if (!closed && snapshot.isCompatible()) {
            List<ServerDescription> window = ServerSelection.inLatencyWindow(snapshot, selector, deprioritized,
                    settings.localThresholdMS());
            if (!window.isEmpty()) {
                return window;
            }
        }
        long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(settings.serverSelectionTimeoutMS());
        long start = System.nanoTime();
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new MongoClientException("the topology is closed");
                }
                TopologyDescription current = description;
                if (!current.isCompatible()) {
                    throw new MongoIncompatibleServerException(current.compatibilityError());
                }
                List<ServerDescription> window = ServerSelection.inLatencyWindow(current, selector, deprioritized,
                        settings.localThresholdMS());
                if (!window.isEmpty()) {
                    return window;
                }
                long remaining = timeoutNanos - (System.nanoTime() - start);
                if (remaining <= 0) {
                    throw new MongoServerSelectionTimeoutException(
                            SelectionFailureMessage.of(selector, current, settings.serverSelectionTimeoutMS()));
                }
                monitors.values().forEach(Monitor::requestCheck);
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoClientException("interrupted while waiting for " + selector.describe(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Adds a server at run time and starts monitoring it (see {@link TopologyStateMachine#addSeed}). */
    public void addServer(ServerAddress address) {
        lock.lock();
        try {
            requireRunning();
            apply(stateMachine.addSeed(description, address));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes a server at run time: stops its monitor and publishes ServerClosedEvent, after which
     * no selection returns it (see {@link TopologyStateMachine#removeSeed}).
     */
    public void removeServer(ServerAddress address) {
        lock.lock();
        try {
            requireRunning();
            apply(stateMachine.removeSeed(description, address));
        } finally {
            lock.unlock();
        }
    }

    private void requireRunning() {
        if (!started || closed) {
            throw new IllegalStateException("topology " + id + " is not running");
        }
    }

    /** Asks every monitor for an immediate check. */
    public void requestImmediateCheck() {
        lock.lock();
        try {
            monitors.values().forEach(Monitor::requestCheck);
        } finally {
            lock.unlock();
        }
    }

    /** Stops every monitor, removes every server (publishing the events), then publishes TopologyClosedEvent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            TopologyDescription previous = description;
            for (ServerAddress address : previous.servers().keySet()) {
                closeServer(address);
            }
            description = emptyDescription();
            if (started) {
                topologyListeners.forEach(l -> l.topologyDescriptionChanged(new TopologyDescriptionChangedEvent(id, previous, description)));
                topologyListeners.forEach(l -> l.topologyClosed(new TopologyClosedEvent(id)));
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void apply(TopologyUpdate update) {
        TopologyDescription previous = description;
        if (update.current() == previous) {
            return;
        }
        description = update.current();
        for (ServerDescription before : previous.servers().values()) {
            ServerDescription after = description.server(before.address());
            if (after != null && !after.equals(before) && !isOnlyPossiblePrimaryHint(before, after)) {
                serverListeners.forEach(l -> l.serverDescriptionChanged(
                        new ServerDescriptionChangedEvent(id, before.address(), before, after)));
            }
        }
        update.addedServers().forEach(this::openServer);
        update.removedServers().forEach(this::closeServer);
        for (ServerAddress address : update.poolsToClear()) {
            pools.clear(address, null, false, description.server(address).error());
        }
        for (ServerAddress address : update.checkRequests()) {
            Monitor monitor = monitors.get(address);
            if (monitor != null) {
                monitor.requestCheck();
            }
        }
        if (!previous.equals(description)) {
            topologyListeners.forEach(l -> l.topologyDescriptionChanged(new TopologyDescriptionChangedEvent(id, previous, description)));
        }
        if (description.servers().isEmpty()) {
            LOGGER.log(System.Logger.Level.WARNING, "the last server was removed from topology {0}", id);
        }
        changed.signalAll();
    }

    /** Unknown to PossiblePrimary (and back) is a scanning hint, not a change of the server. */
    private static boolean isOnlyPossiblePrimaryHint(ServerDescription before, ServerDescription after) {
        return !before.isAvailable() && !after.isAvailable() && before.error() == after.error()
                && (before.type() == ServerType.POSSIBLE_PRIMARY || after.type() == ServerType.POSSIBLE_PRIMARY);
    }

    private void openServer(ServerAddress address) {
        serverListeners.forEach(l -> l.serverOpening(new ServerOpeningEvent(id, address)));
        if (description.type() == TopologyType.LOAD_BALANCED) {
            pools.markReady(address); // a load balancer is never checked, so its pool is ready at once
        } else {
            Monitor monitor = monitorFactory.create(address, this);
            monitors.put(address, monitor);
            monitor.start();
        }
    }

    private void closeServer(ServerAddress address) {
        Monitor monitor = monitors.remove(address);
        if (monitor != null) {
            monitor.close();
        }
        serverListeners.forEach(l -> l.serverClosed(new ServerClosedEvent(id, address)));
    }

    private static TopologyDescription emptyDescription() {
        return new TopologyDescription(TopologyType.UNKNOWN, null, null, null, List.of(), null, null);
    }
}
