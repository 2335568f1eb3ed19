package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.error.MongoInterruptedException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoPoolClosedException;

/**
 * The typed errors a pool throws, with their messages in one place. Messages start with the CMAP
 * spec's wording where it has one, then name the pool address and, for timeouts, its figures.
 */
final class PoolFailures {
    private PoolFailures() {
    }

    static MongoPoolClosedException closed(ServerAddress address) {
        return new MongoPoolClosedException("Attempted to check out a connection from closed connection pool " + address, address);
    }

    static MongoPoolClearedException paused(ServerAddress address, int generation) {
        return new MongoPoolClearedException("Connection pool for " + address + " is paused (generation " + generation
                + ") until the server is checked successfully; the checkout may be retried", address);
    }

    static MongoPoolClearedException clearedWhileWaiting(ServerAddress address) {
        return new MongoPoolClearedException("Connection pool for " + address
                + " was cleared while the checkout was waiting; it may be retried", address);
    }

    static MongoPoolClearedException clearedWhileEstablishing(ServerAddress address) {
        return new MongoPoolClearedException("Connection pool for " + address
                + " was cleared while a connection was being established", address);
    }

    static MongoPoolClearedException interrupted(ServerAddress address, Throwable cause) {
        return new MongoPoolClearedException("Connection to " + address + " interrupted due to server monitor timeout",
                address, cause);
    }

    static MongoInterruptedException threadInterrupted(ServerAddress address, InterruptedException cause) {
        return new MongoInterruptedException("Interrupted while checking out a connection from connection pool " + address, cause);
    }

    static MongoConnectionPoolTimeoutException timeout(ServerAddress address, long waitQueueTimeoutMS, int maxPoolSize,
                                                       int inUse, int available, int pending, int maxConnecting, int waiting) {
        return new MongoConnectionPoolTimeoutException("Timed out while checking out a connection from connection pool "
                + address + " after " + waitQueueTimeoutMS + " ms (maxPoolSize " + maxPoolSize + ", in use " + inUse
                + ", available " + available + ", pending " + pending + " of maxConnecting " + maxConnecting
                + ", waiting " + waiting + ")", address);
    }
}
