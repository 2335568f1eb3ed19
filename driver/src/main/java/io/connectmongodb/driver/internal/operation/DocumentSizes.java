package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.bson.BsonEncoding;
import org.bson.RawBsonDocument;

/** Refuses documents larger than the server's {@code maxBsonObjectSize} before they are sent. */
public final class DocumentSizes {
    private DocumentSizes() {
    }

    public static void check(String what, RawBsonDocument document, int maxBsonObjectSize) {
        int size = BsonEncoding.sizeOf(document);
        if (size > maxBsonObjectSize) {
            throw new IllegalArgumentException(what + " is " + size + " bytes, larger than the server's maxBsonObjectSize of "
                    + maxBsonObjectSize + " bytes");
        }
    }
}
