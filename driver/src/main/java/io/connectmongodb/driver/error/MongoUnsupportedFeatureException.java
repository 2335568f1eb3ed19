package io.connectmongodb.driver.error;

/** The caller asked for something this driver or the connected server does not support. */
public class MongoUnsupportedFeatureException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoUnsupportedFeatureException(String message) {
        super(message);
    }
}
