package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.event.ServerHeartbeatFailedEvent;
import io.connectmongodb.driver.event.ServerHeartbeatStartedEvent;
import io.connectmongodb.driver.event.ServerHeartbeatSucceededEvent;
import io.connectmongodb.driver.event.ServerMonitorListener;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Checks one server on its own thread with the polling protocol of the server monitoring spec.
 *
 * <p>The first check opens a dedicated connection through the {@link ConnectionFactory}; its
 * handshake reply is the check's result. Later checks run {@code hello} (or legacy
 * {@code isMaster} when the server lacks {@code helloOk}) on that connection. Checks are
 * {@code heartbeatFrequencyMS} apart, counted from the end of the previous one; a requested
 * immediate check runs as soon as {@code minHeartbeatFrequencyMS} (500 ms) has passed. A network
 * failure of a server that was known is retried once at once before it is reported, since one
 * dropped monitoring connection says little about the server. Each check measures the round trip
 * time into the {@link RttMonitor} and publishes heartbeat events.
 *
 * <p>The streaming (awaitable hello) protocol needs exhaust-mode reads the {@link Connection}
 * contract does not offer, so this monitor always polls.
 */
public final class ServerMonitor implements Monitor, Runnable {
    private static final System.Logger LOGGER = System.getLogger(ServerMonitor.class.getName());

    private final ServerAddress address;
    private final ConnectionFactory connectionFactory;
    private final CheckResultHandler handler;
    private final ServerMonitorListener listener;
    private final long heartbeatNanos;
    private final long minHeartbeatNanos;
    private final LongSupplier nanoClock;
    private final RttMonitor rttMonitor = new RttMonitor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();

    private volatile boolean closed;
    private volatile Connection connection;
    private boolean checkRequested;
    private long lastCheckEndNanos;
    private ServerType lastType = ServerType.UNKNOWN;
    private Thread thread;

    /**
     * @param nanoClock  a monotonic clock in nanoseconds ({@code System::nanoTime} in production)
     */
    public ServerMonitor(ServerAddress address, ConnectionFactory connectionFactory, CheckResultHandler handler,
                         ServerMonitorListener listener, long heartbeatFrequencyMS, LongSupplier nanoClock) {
        if (heartbeatFrequencyMS < TopologySettings.MIN_HEARTBEAT_FREQUENCY_MS) {
            throw new IllegalArgumentException("heartbeatFrequencyMS must be at least "
                    + TopologySettings.MIN_HEARTBEAT_FREQUENCY_MS + ", was " + heartbeatFrequencyMS);
        }
        this.address = address;
        this.connectionFactory = connectionFactory;
        this.handler = handler;
        this.listener = listener;
        this.heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(heartbeatFrequencyMS);
        this.minHeartbeatNanos = TimeUnit.MILLISECONDS.toNanos(TopologySettings.MIN_HEARTBEAT_FREQUENCY_MS);
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("monitor of " + address + " already started");
        }
        thread = new Thread(this, "connect-mongodb-monitor-" + address);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        while (!closed) {
            checkOnce();
            waitForNextCheck();
        }
        closeConnection();
    }

    /** One check, with the single retry of a known server; reports the outcome unless closed meanwhile. */
    void checkOnce() {
        try {
            ServerDescription description;
            try {
                description = check();
            } catch (RuntimeException first) {
                boolean retry = lastType.isKnown() && (ServerErrors.isNetworkError(first) || ServerErrors.isNetworkTimeout(first));
                lastType = ServerType.UNKNOWN;
                rttMonitor.reset();
                if (!retry || closed) {
                    report(null, first);
                    return;
                }
                LOGGER.log(System.Logger.Level.DEBUG, "check of {0} failed, retrying once: {1}", address, first.getMessage());
                try {
                    description = check();
                } catch (RuntimeException second) {
                    rttMonitor.reset();
                    report(null, second);
                    return;
                }
            }
            lastType = description.type();
            report(description, null);
        } finally {
            lastCheckEndNanos = nanoClock.getAsLong();
        }
    }

    private void report(ServerDescription description, RuntimeException error) {
        if (closed) {
            return;
        }
        if (error != null) {
            handler.checkFailed(address, error);
        } else {
            handler.checkSucceeded(description);
        }
    }

    private ServerDescription check() {
        listener.serverHeartbeatStarted(new ServerHeartbeatStartedEvent(address, false));
        long start = nanoClock.getAsLong();
        try {
            Connection current = connection;
            BsonDocument reply;
            if (current == null || current.isClosed()) {
                current = connectionFactory.open(address);
                connection = current;
                reply = current.description().helloReply();
                if (reply == null) {
                    throw new MongoProtocolException("the handshake with " + address + " returned no hello reply", address);
                }
            } else {
                String commandName = current.description().helloOk() ? "hello" : "isMaster";
                reply = current.command(new BsonDocument(commandName, new BsonInt32(1)).append("$db", new BsonString("admin")));
            }
            double millis = (nanoClock.getAsLong() - start) / 1_000_000.0;
            rttMonitor.addSample(millis);
            listener.serverHeartbeatSucceeded(new ServerHeartbeatSucceededEvent(address, reply, millis, false));
            return HelloReplyParser.parse(address, reply, rttMonitor.average(), rttMonitor.minimum(),
                    TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong()));
        } catch (RuntimeException e) {
            closeConnection();
            listener.serverHeartbeatFailed(new ServerHeartbeatFailedEvent(address, e,
                    (nanoClock.getAsLong() - start) / 1_000_000.0, false));
            throw e;
        }
    }

    private void waitForNextCheck() {
        lock.lock();
        try {
            long due = lastCheckEndNanos + heartbeatNanos;
            long earliest = lastCheckEndNanos + minHeartbeatNanos;
            while (!closed) {
                long now = nanoClock.getAsLong();
                if (now - due >= 0 || checkRequested && now - earliest >= 0) {
                    break;
                }
                wakeUp.awaitNanos(checkRequested ? earliest - now : due - now);
            }
            checkRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void requestCheck() {
        lock.lock();
        try {
            checkRequested = true;
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cancelCheck() {
        closeConnection();
    }

    /** The round trip time statistics of this server. */
    public RttMonitor rttMonitor() {
        return rttMonitor;
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
        closeConnection();
    }

    private void closeConnection() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.DEBUG, "closing the monitoring connection to {0} failed: {1}", address, e.getMessage());
            }
        }
    }
}
