package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ClientSessionOptions;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import io.connectmongodb.driver.internal.binding.ServerBinding;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.operation.CommandOperation;
import io.connectmongodb.driver.internal.operation.Operation;
import io.connectmongodb.driver.internal.session.ClientSessionImpl;
import io.connectmongodb.driver.internal.session.ContextConnectionSource;
import io.connectmongodb.driver.internal.session.OperationContext;
import io.connectmongodb.driver.internal.session.RetryableErrors;
import io.connectmongodb.driver.internal.session.TransactionRunner;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Runs operations on servers leased from the client's {@link ServerBinding}, in a session.
 *
 * <p><b>Selection</b>: a read goes to a server chosen with the scope's read preference (in a
 * transaction: the transaction's), a write (and any command that must reach the primary) to a
 * writable server; in a sharded transaction, to the pinned mongos.
 *
 * <p><b>Session</b>: the view's explicit session, or an implicit one made for the operation and
 * given back when it ends (or, when it leaves a cursor open, when that cursor ends). Every
 * command passes through an {@link OperationContext} (concerns, session and transaction fields).
 *
 * <p><b>Retries</b> (retryable writes/reads specs), outside transactions only: a write that sent a
 * {@code txnNumber} and failed with a retryable write error, or a retryable read that failed with
 * a retryable read error, runs once more on a newly selected server (the failed one
 * deprioritized), reusing the same transaction numbers. When the retry fails with
 * {@code NoWritesPerformed}, the first error is thrown.
 *
 * <p>An executor is a view: {@link #withScope} and {@link #withSession} share the client's core.
 */
public final class OperationExecutor implements TransactionRunner {
    private static final System.Logger LOGGER = System.getLogger(OperationExecutor.class.getName());
    private static final int END_SESSIONS_BATCH = 10_000;

    /** Whether and how an operation may be retried. */
    enum Retry { NONE, READ, WRITE }

    private final ClientCore core;
    private final OperationScope scope;
    private final ClientSessionImpl session;

    /** An executor with retries on and the default async bounds (20 workers, 1000 queued). */
    public OperationExecutor(ServerBinding binding, OperationScope scope) {
        this(binding, scope, true, true, 20, 1000);
    }

    public OperationExecutor(ServerBinding binding, OperationScope scope, boolean retryWrites, boolean retryReads,
                             int maxAsyncWorkers, int asyncQueueSize) {
        this(new ClientCore(binding, scope, retryWrites, retryReads, maxAsyncWorkers, asyncQueueSize), scope, null);
    }

    private OperationExecutor(ClientCore core, OperationScope scope, ClientSessionImpl session) {
        this.core = core;
        this.scope = scope;
        this.session = session;
    }

    public OperationScope scope() {
        return scope;
    }

    /** The client's bounded async pool, shared by every view. */
    public AsyncRunner async() {
        return core.async;
    }

    /** The same executor with other read preference and concerns. */
    public OperationExecutor withScope(OperationScope newScope) {
        return new OperationExecutor(core, newScope, session);
    }

    /** The same executor running every operation in {@code clientSession}. */
    public OperationExecutor withSession(ClientSessionImpl clientSession) {
        if (clientSession == null) {
            throw new IllegalArgumentException("clientSession must not be null");
        }
        return new OperationExecutor(core, scope, clientSession);
    }

    public ClientSessionImpl startSession(ClientSessionOptions options) {
        requireOpen();
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        return core.explicitSession(options, this);
    }

    /** Runs a read with the scope's read preference; retried once after a retryable error. */
    public <R> R read(Operation<R> operation) {
        return execute(OperationIntent.forRead(scope.readPreference()), operation, Retry.READ);
    }

    /** Runs a command that must see the primary's data (runCommand); never retried. */
    public <R> R readPrimary(Operation<R> operation) {
        return execute(OperationIntent.forRead(ReadPreference.primary()), operation, Retry.NONE);
    }

    /** Runs a write on a writable server; its retryable writes are retried once after a retryable error. */
    public <R> R write(Operation<R> operation) {
        return execute(OperationIntent.forWrite(), operation, Retry.WRITE);
    }

    public <R> R execute(OperationIntent intent, Operation<R> operation) {
        return execute(intent, operation, intent.write() ? Retry.WRITE : Retry.READ);
    }

    <R> R execute(OperationIntent intent, Operation<R> operation, Retry retry) {
        requireOpen();
        ClientSessionImpl operationSession = session != null ? session : core.implicitSession(this);
        boolean inTransaction = operationSession.hasActiveTransaction();
        if (!inTransaction) {
            operationSession.transaction().operationOutsideTransaction();
            operationSession.unpin();
        }
        OperationIntent effectiveIntent = inTransaction && !intent.write()
                ? OperationIntent.forRead(operationSession.transactionReadPreference()) : intent;
        OperationContext context = new OperationContext(scope.readConcern(), scope.writeConcern(), operationSession,
                core.clock, core.retryWrites && !inTransaction);
        try {
            return attempt(effectiveIntent, operation, context, operationSession.pinnedMongos(), Set.of());
        } catch (RuntimeException first) {
            if (inTransaction || !mayRetry(retry, context, first)) {
                throw first;
            }
            LOGGER.log(Level.DEBUG, () -> "retrying after " + first);
            context.startRetry();
            ConnectionDescription failed = context.lastServer();
            Set<ServerAddress> deprioritized = failed == null ? Set.of() : Set.of(failed.address());
            try {
                return attempt(effectiveIntent, operation, context, null, deprioritized);
            } catch (RuntimeException second) {
                if (second instanceof MongoException me && me.hasErrorLabel(RetryableErrors.NO_WRITES_PERFORMED)) {
                    throw first;
                }
                second.addSuppressed(first);
                throw second;
            }
        } finally {
            if (session == null) {
                context.whenCursorEnds(operationSession::close);
            }
        }
    }

    private <R> R attempt(OperationIntent intent, Operation<R> operation, OperationContext context, ServerAddress pinned,
                          Set<ServerAddress> deprioritized) {
        ServerLease lease = core.binding.lease(intent, pinned, deprioritized);
        R result;
        try {
            result = operation.execute(new ContextConnectionSource(lease, context));
        } catch (RuntimeException | Error e) {
            lease.failed(e);
            throw e;
        }
        lease.succeeded();
        return result;
    }

    private boolean mayRetry(Retry retry, OperationContext context, RuntimeException error) {
        ConnectionDescription server = context.lastServer();
        switch (retry) {
            case WRITE:
                return core.retryWrites && context.sentRetryableWrite()
                        && RetryableErrors.isRetryableWriteError(error, server == null ? 0 : server.maxWireVersion());
            case READ:
                return core.retryReads && server != null && RetryableErrors.isRetryableReadError(error);
            default:
                return false;
        }
    }

    @Override
    public int requireTransactionSupport() {
        requireOpen();
        return core.requireTransactionSupport();
    }

    @Override
    public BsonDocument runTransactionEnd(ClientSessionImpl transactionSession, BsonDocument command) {
        requireOpen();
        OperationContext context = new OperationContext(scope.readConcern(), scope.writeConcern(), transactionSession,
                core.clock, false);
        return attempt(OperationIntent.forWrite(), new CommandOperation<>(command, (reply, description) -> reply),
                context, transactionSession.pinnedMongos(), Set.of());
    }

    public boolean isClosed() {
        return core.closed.get();
    }

    /**
     * Fails every pending async operation with a client-closed error, ends the pooled server
     * sessions (best effort), closes the binding (so workers blocked in I/O fail), then waits up
     * to five seconds for the async workers to exit. Later calls do nothing.
     */
    public void close() {
        if (core.closed.compareAndSet(false, true)) {
            core.async.shutdown();
            try {
                endSessions(core.sessionPool.drain());
            } finally {
                core.binding.close();
                core.async.awaitTermination(5_000);
            }
        }
    }

    private void endSessions(List<BsonDocument> ids) {
        for (int from = 0; from < ids.size(); from += END_SESSIONS_BATCH) {
            List<BsonDocument> batch = ids.subList(from, Math.min(ids.size(), from + END_SESSIONS_BATCH));
            BsonDocument command = new BsonDocument("endSessions", new BsonArray(List.copyOf(batch)))
                    .append("$db", new BsonString("admin"));
            try {
                attempt(OperationIntent.forRead(ReadPreference.primaryPreferred()),
                        new CommandOperation<>(command, (reply, description) -> reply),
                        new OperationContext(scope.readConcern(), scope.writeConcern()), null, Set.of());
            } catch (RuntimeException e) {
                LOGGER.log(Level.DEBUG, () -> "endSessions failed; the server will expire the sessions itself: " + e);
            }
        }
    }

    private void requireOpen() {
        if (core.closed.get()) {
            throw new MongoClientClosedException("the MongoClient was closed; create a new one to run operations");
        }
    }
}
