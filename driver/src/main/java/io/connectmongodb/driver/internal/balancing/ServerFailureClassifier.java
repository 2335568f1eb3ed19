package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.error.MongoSocketException;

/**
 * Decides which operation errors say something about the server's health and so count against its
 * circuit breaker: network errors and timeouts, a cleared pool, and a pool that could not hand out
 * a connection in time. A command error (duplicate key, bad query...) means the server answered,
 * so for the breaker it is a success.
 */
final class ServerFailureClassifier {
    private ServerFailureClassifier() {
    }

    static boolean isServerFailure(Throwable error) {
        return error instanceof MongoSocketException
                || error instanceof MongoPoolClearedException
                || error instanceof MongoConnectionPoolTimeoutException
                || error instanceof MongoServerSelectionTimeoutException;
    }
}
