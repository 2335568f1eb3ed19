package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.internal.operation.Operation;

/**
 * Lets other internal packages (GridFS) run a prepared {@link Operation} through a database's
 * executor, with its sessions, concerns and retries, when the database is this driver's own. A
 * caller checks {@link #supports} first and keeps a path over the public API for other databases.
 */
public final class DatabaseOperations {
    private DatabaseOperations() {
    }

    /** Whether {@code database} is this driver's database, whose executor {@link #write} can use. */
    public static boolean supports(MongoDatabase database) {
        return database instanceof MongoDatabaseImpl;
    }

    /** Runs {@code operation} as a (retryable) write with the database's scope. */
    public static <R> R write(MongoDatabase database, Operation<R> operation) {
        if (!(database instanceof MongoDatabaseImpl impl)) {
            throw new IllegalArgumentException("not a connect-mongodb database: " + database.getClass().getName());
        }
        return impl.executor().write(operation);
    }
}
