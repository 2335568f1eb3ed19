package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.WriteConcernError;
import io.connectmongodb.driver.error.WriteError;
import java.util.List;
import java.util.Map;
import org.bson.BsonValue;

/**
 * The combined replies of every batch of one write call. All indexes are positions in the caller's
 * list of statements.
 *
 * @param address           the server that executed the writes
 * @param ordered           whether the write stopped at the first error
 * @param sentStatements    how many statements were sent (all of them, unless an ordered write stopped early)
 * @param n                 the sum of the replies' {@code n}
 * @param nModified         the sum of the replies' {@code nModified} (updates only)
 * @param upsertedIds       the {@code _id} of each upserted document by statement index
 * @param writeErrors       every write error, in reply order
 * @param writeConcernError the last write concern error, or {@code null}
 * @param writeConcernErrorLabels the error labels of the reply that carried that write concern error
 *                          (a {@code RetryableWriteError} label makes the write retryable)
 */
public record WriteCommandResult(ServerAddress address, boolean ordered, int sentStatements, long n, long nModified,
                                 Map<Integer, BsonValue> upsertedIds, List<WriteError> writeErrors,
                                 WriteConcernError writeConcernError, List<String> writeConcernErrorLabels) {
    public WriteCommandResult {
        upsertedIds = Map.copyOf(upsertedIds);
        writeErrors = List.copyOf(writeErrors);
        writeConcernErrorLabels = List.copyOf(writeConcernErrorLabels);
    }

    /** Adds the write concern error's labels to the exception that reports it. */
    public <E extends io.connectmongodb.driver.error.MongoException> E withWriteConcernLabels(E exception) {
        writeConcernErrorLabels.forEach(exception::addErrorLabel);
        return exception;
    }

    public boolean hasErrors() {
        return !writeErrors.isEmpty() || writeConcernError != null;
    }
}
