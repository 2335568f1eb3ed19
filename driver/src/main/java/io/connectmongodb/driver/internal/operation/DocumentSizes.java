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
            throw statementTooLarge(what, size, maxBsonObjectSize);
        }
    }

    public static void check(String what, RawBsonDocument document, int maxBsonObjectSize) {
        int size = BsonEncoding.sizeOf(document);
        if (size > maxBsonObjectSize) {
            throw documentTooLarge(what, size, maxBsonObjectSize);
        }
    }

    /**
     * Both checks for a prepared write statement: its inserted or replacement document, then the
     * whole statement. The statement's name is built only when a check fails.
     */
    public static void check(WriteStatement statement, int maxBsonObjectSize) {
        RawBsonDocument checked = statement.sizeChecked();
        if (checked != null) {
            int size = checked == statement.statement() ? statement.statementSize() : BsonEncoding.sizeOf(checked);
            if (size > maxBsonObjectSize) {
                throw documentTooLarge(statement.description(), size, maxBsonObjectSize);
            }
        }
        if (statement.statementSize() > maxBsonObjectSize) {
            throw statementTooLarge(statement.description(), statement.statementSize(), maxBsonObjectSize);
        }
    }

    private static IllegalArgumentException documentTooLarge(String what, int size, int maxBsonObjectSize) {
        return new IllegalArgumentException(what + " is " + size + " bytes, larger than the server's maxBsonObjectSize of "
                + maxBsonObjectSize + " bytes");
    }

    private static MongoSizeLimitExceededException statementTooLarge(String what, int size, int maxBsonObjectSize) {
        return new MongoSizeLimitExceededException("The " + what + " statement is " + size
                + " bytes, larger than the server's maxBsonObjectSize of " + maxBsonObjectSize + " bytes");
    }
}
