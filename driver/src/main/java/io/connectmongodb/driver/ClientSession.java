package io.connectmongodb.driver;

import org.bson.BsonDocument;
import org.bson.BsonTimestamp;

/**
 * A logical session (sessions spec): pass it as the first argument of an operation to run that
 * operation in it. Gives causal consistency (each read waits for the session's earlier operations)
 * and transactions. Not thread-safe: use a session from one thread at a time. Close it when done;
 * its server session returns to the client's pool.
 *
 * <p>Against a server without sessions the session still works as far as it can: no {@code lsid}
 * is sent, causal reads are sent when the server reports operation times, and
 * {@link #startTransaction()} fails with
 * {@link io.connectmongodb.driver.error.MongoTransactionNotSupportedException}.
 */
public interface ClientSession extends AutoCloseable {

    ClientSessionOptions getOptions();

    boolean isCausallyConsistent();

    /** The {@code lsid} document, or {@code null} while no command needed one (or the server has no sessions). */
    BsonDocument getSessionId();

    /** The latest {@code operationTime} this session saw, or {@code null}. */
    BsonTimestamp getOperationTime();

    /** Moves the operation time forward (never back), for causal consistency across sessions. */
    void advanceOperationTime(BsonTimestamp operationTime);

    /** The latest {@code $clusterTime} this session saw, or {@code null}. */
    BsonDocument getClusterTime();

    void advanceClusterTime(BsonDocument clusterTime);

    /** Whether a transaction was started and is neither committed nor aborted. */
    boolean hasActiveTransaction();

    /** The options of the current transaction; fails when there is none. */
    TransactionOptions getTransactionOptions();

    /**
     * Starts a transaction with the session's default options. Nothing is sent until the first
     * operation, which carries {@code startTransaction: true}.
     *
     * @throws io.connectmongodb.driver.error.MongoTransactionNotSupportedException when the
     *     deployment cannot run transactions (a standalone server, or no sessions)
     * @throws io.connectmongodb.driver.error.MongoTransactionStateException when a transaction is already in progress
     */
    void startTransaction();

    void startTransaction(TransactionOptions options);

    /**
     * Commits. A transaction without operations commits without sending anything; committing
     * again after a commit re-sends it with {@code w: "majority"}. Retried once on a retryable error.
     *
     * @throws io.connectmongodb.driver.error.MongoTransactionStateException with no transaction, or after an abort
     */
    void commitTransaction();

    /**
     * Aborts; server errors are ignored, as the transactions spec requires.
     *
     * @throws io.connectmongodb.driver.error.MongoTransactionStateException with no transaction, after
     *     a commit, or when called twice
     */
    void abortTransaction();

    /**
     * Runs {@code body} in a transaction and commits it, retrying the whole body on
     * {@code TransientTransactionError} and the commit on {@code UnknownTransactionCommitResult},
     * for at most 120 seconds. An exception from the body aborts the transaction and is rethrown.
     */
    <T> T withTransaction(TransactionBody<T> body);

    <T> T withTransaction(TransactionBody<T> body, TransactionOptions options);

    /** Aborts an active transaction and returns the server session to the pool. */
    @Override
    void close();
}
