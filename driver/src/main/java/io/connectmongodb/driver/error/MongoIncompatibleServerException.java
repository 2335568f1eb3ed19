package io.connectmongodb.driver.error;

/** The server's wire version is outside the range this driver supports (6 and above, MongoDB 3.6+). */
public class MongoIncompatibleServerException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoIncompatibleServerException(String message) {
        super(message);
    }
}
