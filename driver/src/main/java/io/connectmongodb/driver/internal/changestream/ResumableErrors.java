package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoConnectionClosedException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoSocketException;
import java.util.Set;

/**
 * Which errors a change stream resumes after, per the change-streams spec: any network error
 * (socket errors, a connection closed under it, a pool cleared because its server went away),
 * and server errors that are resumable. From wire version 9 (MongoDB 4.4) the server marks those
 * with the {@code ResumableChangeStreamError} label; older servers are judged by a fixed list of
 * codes. Everything else, including every client-side validation error, is not resumable.
 */
final class ResumableErrors {
    static final String RESUMABLE_LABEL = "ResumableChangeStreamError";
    /** The spec's resumable codes for servers before wire version 9. */
    static final Set<Integer> RESUMABLE_CODES = Set.of(
            6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436, 63, 150, 13388, 234, 133, 43);
    private static final int LABELS_WIRE_VERSION = 9;

    private ResumableErrors() {
    }

    static boolean isResumable(Throwable error, int maxWireVersion) {
        if (error instanceof MongoSocketException || error instanceof MongoConnectionClosedException
                || error instanceof MongoPoolClearedException) {
            return true;
        }
        if (error instanceof MongoCommandException) {
            MongoCommandException commandError = (MongoCommandException) error;
            if (commandError.hasErrorLabel(RESUMABLE_LABEL)) {
                return true;
            }
            return maxWireVersion < LABELS_WIRE_VERSION && RESUMABLE_CODES.contains(commandError.code());
        }
        return false;
    }
}
