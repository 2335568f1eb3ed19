package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.TransactionBody;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoServerException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The convenient transactions API's loop: start, run the body, commit.
 * <ul>
 *   <li>The body throws: abort if still active; on {@code TransientTransactionError} within the
 *       time limit, start over, otherwise rethrow.</li>
 *   <li>The body ended the transaction itself: return its result.</li>
 *   <li>Commit fails with {@code UnknownTransactionCommitResult} (but not MaxTimeMSExpired) within
 *       the limit: commit again; with {@code TransientTransactionError}: start over; else rethrow.</li>
 * </ul>
 * The limit is 120 seconds from the first start.
 */
final class WithTransactionLoop {
    static final long TIME_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final int MAX_TIME_MS_EXPIRED = 50;

    private final ClientSessionImpl session;
    private final LongSupplier clock;

    WithTransactionLoop(ClientSessionImpl session, LongSupplier nanoClock) {
        this.session = session;
        this.clock = nanoClock;
    }

    <T> T run(TransactionBody<T> body, TransactionOptions options) {
        long start = clock.getAsLong();
        while (true) {
            session.startTransaction(options);
            T result;
            try {
                result = body.execute();
            } catch (RuntimeException e) {
                if (session.hasActiveTransaction()) {
                    session.abortTransaction();
                }
                if (e instanceof MongoException me && me.hasErrorLabel(RetryableErrors.TRANSIENT_TRANSACTION_ERROR)
                        && withinLimit(start)) {
                    continue;
                }
                throw e;
            }
            if (!session.hasActiveTransaction()) {
                return result;
            }
            if (commitWithRetries(start)) {
                return result;
            }
        }
    }

    /** True once committed; false to run the whole transaction again. */
    private boolean commitWithRetries(long start) {
        while (true) {
            try {
                session.commitTransaction();
                return true;
            } catch (MongoException e) {
                if (withinLimit(start)) {
                    if (e.hasErrorLabel(RetryableErrors.UNKNOWN_TRANSACTION_COMMIT_RESULT) && !isMaxTimeExpired(e)) {
                        continue;
                    }
                    if (e.hasErrorLabel(RetryableErrors.TRANSIENT_TRANSACTION_ERROR)) {
                        return false;
                    }
                }
                throw e;
            }
        }
    }

    private boolean withinLimit(long start) {
        return clock.getAsLong() - start < TIME_LIMIT_NANOS;
    }

    private static boolean isMaxTimeExpired(MongoException e) {
        return e instanceof MongoServerException server && server.code() == MAX_TIME_MS_EXPIRED;
    }
}
