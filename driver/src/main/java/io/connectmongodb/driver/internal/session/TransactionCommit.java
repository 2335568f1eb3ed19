package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoWriteConcernException;
import io.connectmongodb.driver.internal.operation.WriteErrorParser;
import java.lang.System.Logger.Level;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * Sends {@code commitTransaction} and {@code abortTransaction} as the transactions spec says.
 *
 * <p>Commit carries the transaction's write concern, the {@code recoveryToken} when a mongos gave
 * one, and {@code maxTimeMS} when set. It is retried once after a retryable error; a retry (and a
 * commit called again after a commit) uses {@code w: "majority"}, keeping the other write concern
 * fields and adding {@code wtimeout: 10000} when none was set. An error whose outcome leaves the
 * commit unknown gets the {@code UnknownTransactionCommitResult} label; a write concern error in
 * an ok reply becomes {@link MongoWriteConcernException}.
 *
 * <p>Abort is retried once too, and never fails: its errors are logged and dropped.
 */
final class TransactionCommit {
    private static final System.Logger LOGGER = System.getLogger(TransactionCommit.class.getName());
    private static final long RETRY_WTIMEOUT_MS = 10_000;

    private final ClientSessionImpl session;
    private final TransactionRunner runner;

    TransactionCommit(ClientSessionImpl session, TransactionRunner runner) {
        this.session = session;
        this.runner = runner;
    }

    void commit(boolean again) {
        try {
            send("commitTransaction", again);
        } catch (MongoException first) {
            if (!RetryableErrors.isRetryableWriteError(first, session.lastMaxWireVersion())) {
                labelUnknownCommitResult(first);
                throw first;
            }
            try {
                send("commitTransaction", true);
            } catch (MongoException second) {
                labelUnknownCommitResult(second);
                throw second;
            }
        }
    }

    void abort() {
        try {
            send("abortTransaction", false);
        } catch (MongoException first) {
            if (RetryableErrors.isRetryableWriteError(first, session.lastMaxWireVersion())) {
                try {
                    send("abortTransaction", false);
                } catch (MongoException second) {
                    LOGGER.log(Level.DEBUG, () -> "abortTransaction failed twice; ignored: " + second);
                }
            } else {
                LOGGER.log(Level.DEBUG, () -> "abortTransaction failed; ignored: " + first);
            }
        }
    }

    private void send(String name, boolean majority) {
        BsonDocument command = new BsonDocument(name, new BsonInt32(1));
        WriteConcern writeConcern = session.transactionWriteConcern();
        if (majority) {
            writeConcern = WriteConcern.of("majority", writeConcern.journal(),
                    writeConcern.wTimeoutMS() != null ? writeConcern.wTimeoutMS() : RETRY_WTIMEOUT_MS);
        }
        if (!writeConcern.isServerDefault()) {
            command.append("writeConcern", writeConcern.toDocument());
        }
        BsonDocument token = session.recoveryToken();
        if (token != null) {
            command.append("recoveryToken", token);
        }
        Long maxCommitTimeMS = session.maxCommitTimeMS();
        if (name.equals("commitTransaction") && maxCommitTimeMS != null) {
            command.append("maxTimeMS", new BsonInt64(maxCommitTimeMS));
        }
        command.append("$db", new BsonString("admin"));
        BsonDocument reply = runner.runTransactionEnd(session, command);
        if (reply.containsKey("writeConcernError")) {
            MongoWriteConcernException e = new MongoWriteConcernException(
                    WriteErrorParser.writeConcernError(reply.getDocument("writeConcernError")), null);
            reply.getArray("errorLabels", new org.bson.BsonArray())
                    .forEach(label -> e.addErrorLabel(label.asString().getValue()));
            throw e;
        }
    }

    private static void labelUnknownCommitResult(MongoException e) {
        boolean writeConcernFailure = e instanceof MongoWriteConcernException wce
                && wce.writeConcernError().code() != 100 && wce.writeConcernError().code() != 79;
        if (RetryableErrors.isUnknownCommitResult(e) || writeConcernFailure
                || e.hasErrorLabel(RetryableErrors.RETRYABLE_WRITE_ERROR)) {
            e.removeErrorLabel(RetryableErrors.TRANSIENT_TRANSACTION_ERROR);
            e.addErrorLabel(RetryableErrors.UNKNOWN_TRANSACTION_COMMIT_RESULT);
        }
    }
}
