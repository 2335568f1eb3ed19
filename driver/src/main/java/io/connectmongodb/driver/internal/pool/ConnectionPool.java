package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoPoolClosedException;
import io.connectmongodb.driver.event.ConnectionCheckOutFailedEvent;
import io.connectmongodb.driver.event.ConnectionCheckOutFailedReason;
import io.connectmongodb.driver.event.ConnectionCheckOutStartedEvent;
import io.connectmongodb.driver.event.ConnectionCheckedInEvent;
import io.connectmongodb.driver.event.ConnectionCheckedOutEvent;
import io.connectmongodb.driver.event.ConnectionClosedEvent;
import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.event.ConnectionCreatedEvent;
import io.connectmongodb.driver.event.ConnectionPoolClearedEvent;
import io.connectmongodb.driver.event.ConnectionPoolClosedEvent;
import io.connectmongodb.driver.event.ConnectionPoolCreatedEvent;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.event.ConnectionPoolReadyEvent;
import io.connectmongodb.driver.event.ConnectionReadyEvent;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The CMAP connection pool of one server.
 *
 * <p><b>Checkout.</b> Connections go to threads in arrival order ({@link PoolLedger}). A caller that
 * finds no one waiting takes the most recently checked-in available connection (LIFO keeps the
 * working set small and lets idle ones expire), closing perished ones it meets (stale generation,
 * idle too long, broken); otherwise, if the pool is below {@code maxPoolSize} and fewer than
 * {@code maxConnecting} connections are being established, it reserves a new connection. Otherwise
 * it joins a FIFO wait queue and parks, at most the wait queue timeout, until a check-in or a
 * finished establishment hands it a connection (or the right to open one) directly. The lock is
 * held only for this book-keeping: connections are opened and closed, and events emitted, outside
 * it (except the pool-level ready and cleared events, which are emitted under it so that no
 * observer sees their effects first).
 *
 * <p><b>Generations.</b> {@link #clear(boolean)} increments the generation, pauses the pool, fails
 * every waiting checkout with {@link MongoPoolClearedException} and closes the idle connections;
 * in-use connections of older generations are closed when checked in. A paused pool (also the
 * initial state) fails checkouts until {@link #ready()}.
 *
 * <p><b>Maintenance.</b> A daemon thread ({@link PoolMaintenance}) prunes perished idle connections
 * and fills the pool up to {@code minPoolSize}, one connection at a time and only while ready.
 * Errors there go to the {@link EstablishmentErrorHandler} (SDAM), as no caller exists.
 */
public final class ConnectionPool implements ConnectionSource {
    private final ServerAddress address;
    private final ConnectionFactory factory;
    private final ConnectionPoolSettings settings;
    private final PoolEventEmitter events;
    private final EstablishmentErrorHandler establishmentErrorHandler;
    private final LongSupplier nanoClock;
    private final CheckoutStatistics checkoutStatistics = new CheckoutStatistics();
    private final PoolLedger ledger;
    private final PoolMaintenance maintenance;
    private PoolMBeanRegistration mbean;

    private ConnectionPool(ServerAddress address, ConnectionFactory factory, ConnectionPoolSettings settings,
                           List<ConnectionPoolListener> listeners, EstablishmentErrorHandler establishmentErrorHandler,
                           LongSupplier nanoClock) {
        this.address = Objects.requireNonNull(address, "address");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new PoolEventEmitter(Objects.requireNonNull(listeners, "listeners"));
        this.establishmentErrorHandler = Objects.requireNonNull(establishmentErrorHandler, "establishmentErrorHandler");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.ledger = new PoolLedger(this, settings, nanoClock);
        this.maintenance = settings.hasMaintenance()
                ? new PoolMaintenance(address, settings.maintenanceIntervalMS(), this::runMaintenance) : null;
    }

    /**
     * A new, paused pool: emits {@link ConnectionPoolCreatedEvent}, registers its MBean (when
     * enabled) and starts its maintenance thread (when enabled).
     *
     * @param nanoClock monotonic nanoseconds for idle and lifetime checks and event durations
     *                  ({@code System::nanoTime}; tests pass a controllable clock)
     */
    public static ConnectionPool create(ServerAddress address, ConnectionFactory factory, ConnectionPoolSettings settings,
                                        List<ConnectionPoolListener> listeners,
                                        EstablishmentErrorHandler establishmentErrorHandler, LongSupplier nanoClock) {
        ConnectionPool pool = new ConnectionPool(address, factory, settings, listeners, establishmentErrorHandler, nanoClock);
        pool.events.emit(() -> new ConnectionPoolCreatedEvent(address, settings), ConnectionPoolListener::poolCreated);
        if (settings.jmxEnabled()) {
            pool.mbean = PoolMBeanRegistration.register(address, new PoolStatisticsView(pool));
        }
        if (pool.maintenance != null) {
            pool.maintenance.start();
        }
        return pool;
    }

    /** A pool on the system clock that ignores background establishment errors. */
    public static ConnectionPool create(ServerAddress address, ConnectionFactory factory, ConnectionPoolSettings settings,
                                        List<ConnectionPoolListener> listeners) {
        return create(address, factory, settings, listeners, EstablishmentErrorHandler.IGNORE, System::nanoTime);
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    public ConnectionPoolSettings settings() {
        return settings;
    }

    /** Same as {@link #checkOut()}. */
    @Override
    public PooledConnection acquire() {
        return checkOut();
    }

    /**
     * A ready connection; {@link PooledConnection#close()} checks it back in.
     *
     * @throws MongoPoolClosedException            the pool is closed
     * @throws MongoPoolClearedException           the pool is paused, or was cleared while waiting
     * @throws MongoConnectionPoolTimeoutException  no connection within the wait queue timeout
     * @throws MongoException                      establishing a new connection failed (from the factory)
     */
    public PooledConnection checkOut() {
        long started = nanoClock.getAsLong();
        if (events.hasListeners()) {
            events.emit(() -> new ConnectionCheckOutStartedEvent(address), ConnectionPoolListener::connectionCheckOutStarted);
        }
        PooledConnection connection;
        try {
            connection = ledger.reserve();
            if (!connection.isEstablished()) {
                establishForCheckout(connection);
            }
        } catch (RuntimeException e) {
            checkoutStatistics.recordFailure();
            ConnectionCheckOutFailedReason reason = e instanceof MongoPoolClosedException ? ConnectionCheckOutFailedReason.POOL_CLOSED
                    : e instanceof MongoConnectionPoolTimeoutException ? ConnectionCheckOutFailedReason.TIMEOUT
                    : ConnectionCheckOutFailedReason.CONNECTION_ERROR;
            Duration duration = Duration.ofNanos(nanoClock.getAsLong() - started);
            events.emit(() -> new ConnectionCheckOutFailedEvent(address, reason, duration),
                    ConnectionPoolListener::connectionCheckOutFailed);
            throw e;
        }
        connection.markCheckedOut();
        long elapsed = nanoClock.getAsLong() - started;
        checkoutStatistics.recordCheckout(elapsed);
        if (events.hasListeners()) {
            events.emit(() -> new ConnectionCheckedOutEvent(address, connection.id(), Duration.ofNanos(elapsed)),
                    ConnectionPoolListener::connectionCheckedOut);
        }
        return connection;
    }

    /** Called by {@link PooledConnection#close()}. */
    void checkIn(PooledConnection connection) {
        if (!connection.belongsTo(this)) {
            throw new IllegalArgumentException(connection + " does not belong to the pool for " + address);
        }
        if (events.hasListeners()) {
            events.emit(() -> new ConnectionCheckedInEvent(address, connection.id()), ConnectionPoolListener::connectionCheckedIn);
        }
        ConnectionClosedReason reason = ledger.checkIn(connection);
        if (reason != null) {
            close(connection, reason);
            wakeMaintenanceIfBelowMinimum();
        }
    }

    /** Resumes a paused pool after a successful server check; no-op (and no event) when ready or closed. */
    public void ready() {
        if (ledger.markReady(() -> events.emit(() -> new ConnectionPoolReadyEvent(address), ConnectionPoolListener::poolReady))) {
            wakeMaintenance();
        }
    }

    /** {@link #clear(boolean)} without interrupting in-use connections. */
    public void clear() {
        clear(false);
    }

    /**
     * Increments the generation, pauses the pool, fails waiting checkouts and closes idle connections.
     * With {@code interruptInUseConnections}, in-use connections of older generations are closed now
     * (their operation fails with {@link MongoPoolClearedException}) and threads establishing
     * connections are interrupted. The cleared event is emitted only when the pool was ready.
     */
    public void clear(boolean interruptInUseConnections) {
        PoolLedger.Cleared cleared = ledger.clear(this, interruptInUseConnections, generation ->
                events.emit(() -> new ConnectionPoolClearedEvent(address, generation, interruptInUseConnections),
                        ConnectionPoolListener::poolCleared));
        if (cleared == null) {
            return;
        }
        closeAll(cleared.idle());
        cleared.inUseToInterrupt().forEach(PooledConnection::interrupt);
        wakeMaintenance();
    }

    /** Closes the idle connections and refuses further checkouts; in-use ones are closed at check-in. */
    @Override
    public void close() {
        List<PooledConnection> idle = ledger.close(this);
        if (idle == null) {
            return;
        }
        idle.forEach(c -> close(c, ConnectionClosedReason.POOL_CLOSED));
        events.emit(() -> new ConnectionPoolClosedEvent(address), ConnectionPoolListener::poolClosed);
        if (maintenance != null) {
            maintenance.stop();
        }
        if (mbean != null) {
            mbean.unregister();
        }
    }

    /** The current generation (incremented by every clear). */
    public int generation() {
        return ledger.generation();
    }

    public ConnectionPoolStatistics statistics() {
        return ledger.snapshot(address, checkoutStatistics);
    }

    /**
     * One maintenance run: closes perished idle connections, then establishes connections one by one
     * until {@code minPoolSize} is reached, the pool stops being ready, or {@code maxConnecting} is
     * reached (the run then ends instead of waiting). Runs on the maintenance thread; tests with the
     * thread disabled call it directly.
     */
    public void runMaintenance() {
        closeAll(ledger.removePerishedIdle());
        PooledConnection connection;
        while ((connection = ledger.reserveForMinimum(this)) != null) {
            if (!establishInBackground(connection)) {
                return;
            }
        }
    }

    private void establishForCheckout(PooledConnection connection) {
        RuntimeException failure = establish(connection);
        if (failure == null) {
            failure = ledger.finishEstablishing(connection, true);
            if (failure == null) {
                return;
            }
            close(connection, ConnectionClosedReason.STALE);
            throw failure;
        }
        close(connection, ConnectionClosedReason.ERROR);
        throw failure;
    }

    /** Returns whether the run may go on establishing more connections. */
    private boolean establishInBackground(PooledConnection connection) {
        RuntimeException failure = establish(connection);
        if (failure == null) {
            RuntimeException interrupted = ledger.finishEstablishing(connection, false);
            if (interrupted == null) {
                return true;
            }
            close(connection, ledger.isClosed() ? ConnectionClosedReason.POOL_CLOSED : ConnectionClosedReason.STALE);
            return false;
        }
        if (!(failure instanceof MongoPoolClearedException) && !ledger.isClosed()) {
            establishmentErrorHandler.onBackgroundEstablishmentError(failure, connection.generation());
        }
        close(connection, ConnectionClosedReason.ERROR);
        return false;
    }

    /**
     * Emits the created event, opens the connection and emits the ready event. Returns the failure
     * instead of throwing; on failure the ledger has already forgotten the connection.
     */
    private RuntimeException establish(PooledConnection connection) {
        events.emit(() -> new ConnectionCreatedEvent(address, connection.id()), ConnectionPoolListener::connectionCreated);
        Connection opened;
        try {
            opened = factory.open(address);
        } catch (RuntimeException e) {
            boolean interrupted = ledger.abandonEstablishing(connection);
            if (interrupted) {
                return PoolFailures.interrupted(address, e);
            }
            return e;
        }
        connection.attach(opened);
        Duration duration = Duration.ofNanos(nanoClock.getAsLong() - connection.createdNanos());
        events.emit(() -> new ConnectionReadyEvent(address, connection.id(), duration), ConnectionPoolListener::connectionReady);
        return null;
    }

    /** Closes the perished connections a checkout met in the available stack (called by the ledger after unlocking). */
    void closePerished(List<PoolLedger.Perished> perished) {
        closeAll(perished);
    }

    private void closeAll(List<PoolLedger.Perished> perished) {
        for (PoolLedger.Perished p : perished) {
            close(p.connection(), p.reason());
        }
    }

    private void close(PooledConnection connection, ConnectionClosedReason reason) {
        connection.closeQuietly();
        events.emit(() -> new ConnectionClosedEvent(address, connection.id(), reason), ConnectionPoolListener::connectionClosed);
    }

    private void wakeMaintenance() {
        if (maintenance != null) {
            maintenance.wake();
        }
    }

    private void wakeMaintenanceIfBelowMinimum() {
        if (settings.minPoolSize() > 0 && ledger.isBelowMinimum()) {
            wakeMaintenance();
        }
    }
}
