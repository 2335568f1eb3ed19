package io.connectmongodb.driver.error;

/** The deployment cannot run transactions: a standalone server, a server without sessions, or one too old. */
public class MongoTransactionNotSupportedException extends MongoUnsupportedFeatureException {
    private static final long serialVersionUID = 1L;

    public MongoTransactionNotSupportedException(String message) {
        super(message);
    }
}
