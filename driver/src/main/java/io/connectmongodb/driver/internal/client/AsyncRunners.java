package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.internal.async.AsyncRunner;

/**
 * Finds the client's bounded async pool behind a database, so that APIs built on the public types (GridFS) run their
 * {@code xxxAsync} twins on the same workers, with the same back-pressure and close behaviour, as the collection's.
 */
public final class AsyncRunners {
    private AsyncRunners() {
    }

    /** The async pool of the client that made {@code database}. */
    public static AsyncRunner of(MongoDatabase database) {
        if (database instanceof MongoDatabaseImpl impl) {
            return impl.async();
        }
        throw new IllegalArgumentException("database must come from MongoClient.getDatabase(), was "
                + (database == null ? "null" : database.getClass().getName()));
    }
}
