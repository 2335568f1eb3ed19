package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoServerException;
import io.connectmongodb.driver.error.MongoSocketException;
import java.util.Set;

/**
 * Which errors the retryable reads and writes specs retry. Network errors (and a pool cleared
 * under the operation) always qualify. A server error qualifies for a write when it carries the
 * {@code RetryableWriteError} label (servers 4.4+ add it) or, from older servers, when its code is
 * one of the "not primary"/"shutting down"/network codes; for a read when its code is one of those
 * or ReadConcernMajorityNotAvailableYet.
 */
public final class RetryableErrors {
    public static final String RETRYABLE_WRITE_ERROR = "RetryableWriteError";
    public static final String TRANSIENT_TRANSACTION_ERROR = "TransientTransactionError";
    public static final String UNKNOWN_TRANSACTION_COMMIT_RESULT = "UnknownTransactionCommitResult";
    public static final String NO_WRITES_PERFORMED = "NoWritesPerformed";

    private static final Set<Integer> RETRYABLE_CODES = Set.of(6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602,
            13435, 13436);
    private static final int READ_CONCERN_MAJORITY_NOT_AVAILABLE_YET = 134;
    /** Servers from 4.4 (wire version 9) label retryable write errors themselves. */
    private static final int LABELLING_WIRE_VERSION = 9;

    private RetryableErrors() {
    }

    public static boolean isNetworkError(Throwable error) {
        return error instanceof MongoSocketException || error instanceof MongoPoolClearedException;
    }

    public static boolean isRetryableWriteError(Throwable error, int maxWireVersion) {
        if (isNetworkError(error)) {
            return true;
        }
        if (error instanceof MongoException e && e.hasErrorLabel(RETRYABLE_WRITE_ERROR)) {
            return true;
        }
        return maxWireVersion < LABELLING_WIRE_VERSION && error instanceof MongoServerException server
                && RETRYABLE_CODES.contains(server.code());
    }

    public static boolean isRetryableReadError(Throwable error) {
        if (isNetworkError(error)) {
            return true;
        }
        return error instanceof MongoServerException server
                && (RETRYABLE_CODES.contains(server.code()) || server.code() == READ_CONCERN_MAJORITY_NOT_AVAILABLE_YET);
    }

    /** Errors after which a commit's outcome is unknown: network, retryable codes, and write concern timeouts. */
    public static boolean isUnknownCommitResult(Throwable error) {
        if (isNetworkError(error)) {
            return true;
        }
        return error instanceof MongoServerException server
                && (RETRYABLE_CODES.contains(server.code()) || server.code() == 64 || server.code() == 50);
    }
}
