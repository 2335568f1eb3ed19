package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ClientSessionOptions;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import io.connectmongodb.driver.internal.binding.ServerBinding;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.session.ClientSessionImpl;
import io.connectmongodb.driver.internal.session.ClusterClock;
import io.connectmongodb.driver.internal.session.ServerKinds;
import io.connectmongodb.driver.internal.session.ServerSessionPool;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every executor view of one client shares: the server binding, the closed flag, the server
 * session pool, the cluster clock, the retry switches and the client's default concerns (the
 * last fallback of transaction options).
 */
final class ClientCore {
    /** Immutable, so every implicit session shares it. */
    private static final ClientSessionOptions IMPLICIT_SESSION_OPTIONS = ClientSessionOptions.builder()
            .causallyConsistent(false).build();
    final ServerBinding binding;
    final AtomicBoolean closed = new AtomicBoolean();
    final ServerSessionPool sessionPool = new ServerSessionPool(System::nanoTime);
    final ClusterClock clock = new ClusterClock();
    final boolean retryWrites;
    final boolean retryReads;
    final TransactionOptions clientDefaults;
    final AsyncRunner async;

    ClientCore(ServerBinding binding, OperationScope clientScope, boolean retryWrites, boolean retryReads,
               int maxAsyncWorkers, int asyncQueueSize) {
        this.binding = binding;
        this.async = new AsyncRunner(maxAsyncWorkers, asyncQueueSize);
        this.retryWrites = retryWrites;
        this.retryReads = retryReads;
        this.clientDefaults = TransactionOptions.builder().readConcern(clientScope.readConcern())
                .writeConcern(clientScope.writeConcern().isAcknowledged() ? clientScope.writeConcern() : null)
                .readPreference(clientScope.readPreference()).build();
    }

    /** A session for one operation that was given none (the sessions spec's implicit session). */
    ClientSessionImpl implicitSession(OperationExecutor executor) {
        return new ClientSessionImpl(IMPLICIT_SESSION_OPTIONS, true, sessionPool, executor, clientDefaults);
    }

    ClientSessionImpl explicitSession(ClientSessionOptions options, OperationExecutor executor) {
        return new ClientSessionImpl(options, false, sessionPool, executor, clientDefaults);
    }

    /** Looks at a writable server's handshake (no command is sent) and fails when it cannot run transactions. */
    int requireTransactionSupport() {
        ServerLease lease = binding.lease(OperationIntent.forRead(ReadPreference.primary()));
        ConnectionDescription server;
        try (Connection connection = lease.acquire()) {
            server = connection.description();
        } catch (RuntimeException e) {
            lease.failed(e);
            throw e;
        }
        lease.succeeded();
        String reason = ServerKinds.transactionsUnsupportedReason(server);
        if (reason != null) {
            throw new MongoTransactionNotSupportedException("this deployment does not support transactions: " + reason);
        }
        return server.logicalSessionTimeoutMinutes();
    }
}
