package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** A single-document write (insertOne, updateOne, replaceOne, deleteOne, ...) failed on the server. */
public class MongoWriteException extends MongoServerException {
    private static final long serialVersionUID = 1L;

    private final transient WriteError error;

    public MongoWriteException(WriteError error, ServerAddress serverAddress) {
        super(error.code(), "Write failed on " + serverAddress + " with error " + error.code() + ": '" + error.message() + "'",
                serverAddress);
        this.error = error;
    }

    public WriteError error() {
        return error;
    }
}
