package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** The write was applied, but the server reported that the write concern was not satisfied. */
public class MongoWriteConcernException extends MongoServerException {
    private static final long serialVersionUID = 1L;

    private final transient WriteConcernError writeConcernError;

    public MongoWriteConcernException(WriteConcernError writeConcernError, ServerAddress serverAddress) {
        super(writeConcernError.code(), "Write concern error on " + serverAddress + " with error "
                + writeConcernError.code() + ": '" + writeConcernError.message() + "'", serverAddress);
        this.writeConcernError = writeConcernError;
    }

    public WriteConcernError writeConcernError() {
        return writeConcernError;
    }
}
