package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.model.BulkWriteResult;
import java.util.List;

/**
 * A multi-document write (such as {@code insertMany}) partly failed. Every {@link WriteError} has
 * the index of its document in the caller's list; {@link #partialResult()} says what did succeed.
 */
public class MongoBulkWriteException extends MongoServerException {
    private static final long serialVersionUID = 1L;

    private final transient List<WriteError> writeErrors;
    private final transient WriteConcernError writeConcernError;
    private final transient BulkWriteResult partialResult;

    public MongoBulkWriteException(List<WriteError> writeErrors, WriteConcernError writeConcernError,
                                   BulkWriteResult partialResult, ServerAddress serverAddress) {
        super(firstCode(writeErrors, writeConcernError), describe(writeErrors, writeConcernError, serverAddress), serverAddress);
        this.writeErrors = List.copyOf(writeErrors);
        this.writeConcernError = writeConcernError;
        this.partialResult = partialResult;
    }

    /** Every failed write, in the order the server reported them. */
    public List<WriteError> writeErrors() {
        return writeErrors;
    }

    /** The write concern error, or {@code null} when there was none. */
    public WriteConcernError writeConcernError() {
        return writeConcernError;
    }

    /** What was written despite the errors. */
    public BulkWriteResult partialResult() {
        return partialResult;
    }

    private static int firstCode(List<WriteError> errors, WriteConcernError wce) {
        if (!errors.isEmpty()) {
            return errors.get(0).code();
        }
        return wce != null ? wce.code() : -1;
    }

    private static String describe(List<WriteError> errors, WriteConcernError wce, ServerAddress address) {
        StringBuilder sb = new StringBuilder("Bulk write failed on ").append(address).append(": ")
                .append(errors.size()).append(" write error(s)");
        if (!errors.isEmpty()) {
            sb.append(", first ").append(errors.get(0));
        }
        if (wce != null) {
            sb.append(", write concern error ").append(wce.code()).append(": '").append(wce.message()).append("'");
        }
        return sb.toString();
    }
}
