package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;
import org.bson.BsonDocument;

/**
 * A single-document write hit a unique index (codes 11000, 11001, 12582). Carries the index's key
 * pattern and the duplicated key value when the server sent them or they could be read from its
 * message; otherwise those are {@code null}.
 */
public class DuplicateKeyException extends MongoWriteException {
    private static final long serialVersionUID = 1L;

    private final transient BsonDocument keyPattern;
    private final transient BsonDocument keyValue;

    public DuplicateKeyException(WriteError error, ServerAddress serverAddress, BsonDocument keyPattern, BsonDocument keyValue) {
        super(error, serverAddress);
        this.keyPattern = keyPattern;
        this.keyValue = keyValue;
    }

    /** The unique index's keys, such as {@code {email: 1}}, or {@code null} when unknown. */
    public BsonDocument keyPattern() {
        return keyPattern;
    }

    /** The duplicated value, such as {@code {email: "a@b.c"}}, or {@code null} when unknown. */
    public BsonDocument keyValue() {
        return keyValue;
    }
}
