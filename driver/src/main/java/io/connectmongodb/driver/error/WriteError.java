package io.connectmongodb.driver.error;

import java.util.Objects;
import org.bson.BsonDocument;

/**
 * One document's write failure from a {@code writeErrors} array: the failing document's index in
 * the caller's list, the server's code and message, and its details ({@code errInfo}).
 */
public final class WriteError {
    private final int index;
    private final int code;
    private final String message;
    private final BsonDocument details;

    public WriteError(int index, int code, String message, BsonDocument details) {
        this.index = index;
        this.code = code;
        this.message = message == null ? "" : message;
        this.details = details == null ? new BsonDocument() : details;
    }

    /** Position of the failed document or request in the caller's list (0 for single-document calls). */
    public int index() {
        return index;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The server's {@code errInfo}; empty when it sent none. */
    public BsonDocument details() {
        return details;
    }

    /** Whether this is a duplicate key error (codes 11000, 11001, 12582). */
    public boolean isDuplicateKey() {
        return code == 11000 || code == 11001 || code == 12582;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WriteError)) {
            return false;
        }
        WriteError that = (WriteError) o;
        return index == that.index && code == that.code && message.equals(that.message) && details.equals(that.details);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, code, message, details);
    }

    @Override
    public String toString() {
        return "WriteError{index=" + index + ", code=" + code + ", message='" + message + "'"
                + (details.isEmpty() ? "" : ", details=" + details.toJson()) + "}";
    }
}
