package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.error.MongoSizeLimitExceededException;
import io.connectmongodb.driver.internal.bson.BsonSizes;
import io.connectmongodb.driver.internal.wire.MessageLimits;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import io.connectmongodb.driver.internal.pool.PooledConnection;
import io.connectmongodb.driver.internal.topology.ApplicationError;
import io.connectmongodb.driver.internal.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A pooled connection as an operation of the cluster sees it. Each command gets the
 * {@code $readPreference} chosen for the operation (see {@link ReadPreferenceArgument}), is
 * reported to the command listeners, and any error it meets is handed to SDAM error handling with
 * the connection's pool generation, so "not writable primary" or "node is recovering" marks the
 * server Unknown and asks for a check, and a network error clears the pool; stale errors from older
 * generations are ignored there. {@link #close()} checks the connection back in and tells the
 * {@link ServerDrain}, exactly once.
 */
final class ClusterConnection implements Connection {
    /** One per checkout: a field updater keeps the "returned once" flag inside this object. */
    private static final AtomicIntegerFieldUpdater<ClusterConnection> RETURNED =
            AtomicIntegerFieldUpdater.newUpdater(ClusterConnection.class, "returned");

    private final PooledConnection delegate;
    private final BsonDocument readPreference;
    private final Topology topology;
    private final CommandEventPublisher events;
    private final ServerDrain drain;
    private volatile int returned;

    ClusterConnection(PooledConnection delegate, BsonDocument readPreference, Topology topology,
                      CommandEventPublisher events, ServerDrain drain) {
        this.delegate = delegate;
        this.readPreference = readPreference;
        this.topology = topology;
        this.events = events;
        this.drain = drain;
    }

    @Override
    public ConnectionDescription description() {
        return delegate.description();
    }

    @Override
    public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
        BsonDocument toSend = withReadPreference(command);
        CommandEventPublisher.Started started = events.isActive() ? announce(toSend, sequences) : null;
        BsonDocument reply;
        try {
            reply = delegate.command(toSend, sequences);
        } catch (RuntimeException e) {
            if (started != null) {
                events.failed(started, e);
            }
            topology.handleApplicationError(new ApplicationError(delegate.address(), e, delegate.generation(),
                    description().maxWireVersion(), true, null));
            throw e;
        }
        if (started != null) {
            events.succeeded(started, reply);
        }
        return reply;
    }

    /** Unacknowledged: reported as started and, once sent, as succeeded with {@code {ok: 1}}. */
    @Override
    public void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
        BsonDocument toSend = withReadPreference(command);
        CommandEventPublisher.Started started = events.isActive() ? announce(toSend, sequences) : null;
        try {
            delegate.commandNoReply(toSend, sequences);
        } catch (RuntimeException e) {
            if (started != null) {
                events.failed(started, e);
            }
            topology.handleApplicationError(new ApplicationError(delegate.address(), e, delegate.generation(),
                    description().maxWireVersion(), true, null));
            throw e;
        }
        if (started != null) {
            events.succeeded(started, new BsonDocument("ok", new org.bson.BsonInt32(1)));
        }
    }

    @Override
    public boolean isClosed() {
        return returned != 0 || delegate.isClosed();
    }

    @Override
    public void close() {
        if (RETURNED.compareAndSet(this, 0, 1)) {
            try {
                delegate.close();
            } finally {
                drain.connectionReturned(delegate.address());
            }
        }
    }

    private BsonDocument withReadPreference(BsonDocument command) {
        if (readPreference == null || command.containsKey("$readPreference")) {
            return command;
        }
        BsonDocument copy = new BsonDocument();
        for (Map.Entry<String, BsonValue> entry : command.entrySet()) {
            copy.put(entry.getKey(), entry.getValue());
        }
        copy.put("$readPreference", readPreference);
        return copy;
    }

    /**
     * Reports a command as started, after checking its body against the server's limit: a command
     * the encoder would refuse is bad input, and a listener must not see a command that was never
     * sent. The check walks the body's tree (no serialization) and runs only when someone listens;
     * without listeners the encoder's own check is the only one.
     */
    private CommandEventPublisher.Started announce(BsonDocument toSend, List<DocumentSequence> sequences) {
        int limit = description().maxBsonObjectSize() + MessageLimits.COMMAND_BODY_ALLOWANCE;
        int size = BsonSizes.documentSize(toSend);
        if (size > limit) {
            throw new MongoSizeLimitExceededException("The command is " + size + " bytes, over the server's limit of "
                    + limit + " bytes for a command body; nothing was sent");
        }
        return events.started(delegate.address(), description().serverConnectionId(), toSend, sequences);
    }
}
