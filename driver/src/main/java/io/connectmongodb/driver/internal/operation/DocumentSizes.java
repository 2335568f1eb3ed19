package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.MongoSizeLimitExceededException;
import io.connectmongodb.driver.internal.bson.BsonEncoding;
import org.bson.RawBsonDocument;

/** Refuses documents larger than the server's {@code maxBsonObjectSize} before they are sent. */
public final class DocumentSizes {
    private DocumentSizes() {
    }

    /**
     * Refuses a whole write statement (filter, update, options) that would not fit a document
     * sequence, with the same {@link MongoSizeLimitExceededException} the encoder would throw.
     */
    public static void checkStatement(String what, RawBsonDocument statement, int maxBsonObjectSize) {
        int size = BsonEncoding.sizeOf(statement);
        if (size > maxBsonObjectSize) {
            throw new MongoSizeLimitExceededException("The " + what + " statement is " + size
                    + " bytes, larger than the server's maxBsonObjectSize of " + maxBsonObjectSize + " bytes");
        }
    }

    public static void check(String what, RawBsonDocument document, int maxBsonObjectSize) {
        int size = BsonEncoding.sizeOf(document);
        if (size > maxBsonObjectSize) {
            throw new IllegalArgumentException(what + " is " + size + " bytes, larger than the server's maxBsonObjectSize of "
                    + maxBsonObjectSize + " bytes");
        }
    }
}
