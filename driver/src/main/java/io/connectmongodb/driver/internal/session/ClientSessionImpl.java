package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.ClientSessionOptions;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.TransactionBody;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoTransactionStateException;
import java.lang.System.Logger.Level;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * A client session, explicit ({@code startSession}) or implicit (made for one operation). Holds
 * the server session (taken from the pool only when a command needs an {@code lsid}), the
 * causal-consistency times, and the transaction: its state machine, options, number, recovery
 * token and pinned mongos. Commit and abort follow the transactions spec; see
 * {@link TransactionCommit} for their commands and retries and {@link WithTransactionLoop} for
 * the convenient API.
 */
public final class ClientSessionImpl implements ClientSession {
    private static final System.Logger LOGGER = System.getLogger(ClientSessionImpl.class.getName());

    private final ClientSessionOptions options;
    private final boolean implicit;
    private final ServerSessionPool pool;
    private final TransactionRunner runner;
    private final TransactionOptions clientDefaults;
    private final TransactionStateMachine transaction = new TransactionStateMachine();
    private ServerSession serverSession;
    private int timeoutMinutes;
    private BsonTimestamp operationTime;
    private BsonDocument clusterTime;
    private TransactionOptions transactionOptions;
    private BsonDocument recoveryToken;
    private volatile ServerAddress pinnedMongos;
    private volatile int lastMaxWireVersion;
    private boolean closed;

    /**
     * @param clientDefaults the client's read concern, write concern and read preference, the last
     *                       fallback of every transaction option
     */
    public ClientSessionImpl(ClientSessionOptions options, boolean implicit, ServerSessionPool pool,
                             TransactionRunner runner, TransactionOptions clientDefaults) {
        this.options = options;
        this.implicit = implicit;
        this.pool = pool;
        this.runner = runner;
        this.clientDefaults = clientDefaults;
    }

    public boolean isImplicit() {
        return implicit;
    }

    @Override
    public ClientSessionOptions getOptions() {
        return options;
    }

    @Override
    public boolean isCausallyConsistent() {
        return !implicit && options.isCausallyConsistent();
    }

    @Override
    public synchronized BsonDocument getSessionId() {
        return serverSession == null ? null : serverSession.identifier();
    }

    /** The server session, taken from the pool on first use. */
    public synchronized ServerSession serverSession(int logicalSessionTimeoutMinutes) {
        requireOpen();
        if (serverSession == null) {
            timeoutMinutes = logicalSessionTimeoutMinutes;
            serverSession = pool.acquire(logicalSessionTimeoutMinutes);
        }
        return serverSession;
    }

    /** The server session if one was taken, else null. */
    public synchronized ServerSession existingServerSession() {
        return serverSession;
    }

    @Override
    public synchronized BsonTimestamp getOperationTime() {
        return operationTime;
    }

    @Override
    public synchronized void advanceOperationTime(BsonTimestamp newTime) {
        if (newTime != null && (operationTime == null || newTime.compareTo(operationTime) > 0)) {
            operationTime = newTime;
        }
    }

    @Override
    public synchronized BsonDocument getClusterTime() {
        return clusterTime;
    }

    @Override
    public synchronized void advanceClusterTime(BsonDocument newClusterTime) {
        clusterTime = ClusterClock.greater(clusterTime, newClusterTime);
    }

    public TransactionStateMachine transaction() {
        return transaction;
    }

    @Override
    public boolean hasActiveTransaction() {
        return transaction.state().isActive();
    }

    @Override
    public TransactionOptions getTransactionOptions() {
        if (!hasActiveTransaction()) {
            throw new MongoTransactionStateException("There is no transaction started");
        }
        return transactionOptions;
    }

    /** The read concern of the transaction's first command (never null). */
    public ReadConcern transactionReadConcern() {
        ReadConcern readConcern = transactionOptions == null ? null : transactionOptions.getReadConcern();
        return readConcern == null ? ReadConcern.DEFAULT : readConcern;
    }

    public ReadPreference transactionReadPreference() {
        ReadPreference preference = transactionOptions == null ? null : transactionOptions.getReadPreference();
        return preference == null ? ReadPreference.primary() : preference;
    }

    WriteConcern transactionWriteConcern() {
        WriteConcern writeConcern = transactionOptions == null ? null : transactionOptions.getWriteConcern();
        return writeConcern == null ? WriteConcern.DEFAULT : writeConcern;
    }

    Long maxCommitTimeMS() {
        return transactionOptions == null ? null : transactionOptions.getMaxCommitTimeMS();
    }

    /** Remembers the wire version of the last server a command went to (retry rules depend on it). */
    public void serverSeen(int maxWireVersion) {
        lastMaxWireVersion = maxWireVersion;
    }

    int lastMaxWireVersion() {
        return lastMaxWireVersion;
    }

    public ServerAddress pinnedMongos() {
        return pinnedMongos;
    }

    public void pin(ServerAddress mongos) {
        pinnedMongos = mongos;
    }

    public void unpin() {
        pinnedMongos = null;
    }

    synchronized BsonDocument recoveryToken() {
        return recoveryToken;
    }

    public synchronized void recoveryToken(BsonDocument token) {
        recoveryToken = token;
    }

    @Override
    public void startTransaction() {
        startTransaction(TransactionOptions.builder().build());
    }

    @Override
    public void startTransaction(TransactionOptions transactionOptionsArgument) {
        if (transactionOptionsArgument == null) {
            throw new IllegalArgumentException("transactionOptions must not be null");
        }
        requireOpen();
        if (hasActiveTransaction()) {
            throw new MongoTransactionStateException("Transaction already in progress");
        }
        TransactionOptions merged = TransactionOptions.merge(transactionOptionsArgument,
                TransactionOptions.merge(options.getDefaultTransactionOptions(), clientDefaults));
        if (merged.getWriteConcern() != null && !merged.getWriteConcern().isAcknowledged()) {
            throw new IllegalArgumentException("a transaction cannot use an unacknowledged write concern");
        }
        int timeout = runner.requireTransactionSupport();
        serverSession(timeout).nextTransactionNumber();
        transaction.start();
        transactionOptions = merged;
        recoveryToken(null);
        unpin();
    }

    @Override
    public void commitTransaction() {
        requireOpen();
        TransactionStateMachine.Action action = transaction.commit();
        if (action != TransactionStateMachine.Action.NOTHING) {
            new TransactionCommit(this, runner).commit(action == TransactionStateMachine.Action.SEND_AGAIN);
        }
    }

    @Override
    public void abortTransaction() {
        requireOpen();
        TransactionStateMachine.Action action = transaction.abort();
        try {
            if (action != TransactionStateMachine.Action.NOTHING) {
                new TransactionCommit(this, runner).abort();
            }
        } finally {
            unpin();
        }
    }

    @Override
    public <T> T withTransaction(TransactionBody<T> body) {
        return withTransaction(body, TransactionOptions.builder().build());
    }

    @Override
    public <T> T withTransaction(TransactionBody<T> body, TransactionOptions transactionOptionsArgument) {
        if (body == null) {
            throw new IllegalArgumentException("body must not be null");
        }
        return new WithTransactionLoop(this, System::nanoTime).run(body, transactionOptionsArgument);
    }

    /** The session met a network error: its server session must not be reused. */
    public synchronized void markDirty() {
        if (serverSession != null) {
            serverSession.markDirty();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            if (hasActiveTransaction()) {
                abortTransaction();
            }
        } catch (MongoException e) {
            LOGGER.log(Level.DEBUG, () -> "aborting the transaction of a closing session failed: " + e);
        } finally {
            synchronized (this) {
                closed = true;
                if (serverSession != null) {
                    pool.release(serverSession, timeoutMinutes);
                    serverSession = null;
                }
            }
        }
    }

    private synchronized void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the session was closed");
        }
    }
}
