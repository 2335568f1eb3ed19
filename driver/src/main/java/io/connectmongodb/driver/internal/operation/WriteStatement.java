package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.internal.bson.BsonEncoding;
import org.bson.RawBsonDocument;

/**
 * One encoded write statement (an inserted document, an update or a delete statement) ready to be
 * copied into any batch, plus the document whose size the server limits.
 *
 * @param statement   the bytes sent in the {@code documents}/{@code updates}/{@code deletes} sequence
 * @param sizeChecked the inserted or replacement document that must fit {@code maxBsonObjectSize},
 *                    or {@code null} when no such limit applies (operator updates, deletes)
 * @param what        how to name the statement in error messages, such as {@code "document"}
 * @param index       its index in the caller's list, added to {@code what} when a message needs it
 *                    ({@code "document at index 2"}), or -1; kept apart so a batch of thousands does
 *                    not build a string per statement that only an error would read
 * @param statementSize the encoded size of {@code statement} in bytes, read once here so the size
 *                    checks and the batch splitter do not each open a buffer view of it
 */
public record WriteStatement(RawBsonDocument statement, RawBsonDocument sizeChecked, String what, int index,
                             int statementSize) {

    /** A statement named {@code what} at {@code index}; its size is read from its bytes. */
    public WriteStatement(RawBsonDocument statement, RawBsonDocument sizeChecked, String what, int index) {
        this(statement, sizeChecked, what, index, BsonEncoding.sizeOf(statement));
    }

    /** A statement named by {@code description} alone. */
    public WriteStatement(RawBsonDocument statement, RawBsonDocument sizeChecked, String description) {
        this(statement, sizeChecked, description, -1);
    }

    /** The name for error messages, e.g. {@code "document at index 2"}. */
    public String description() {
        return describe(what, index);
    }

    /** {@code what}, plus {@code " at index " + index} unless the index is negative. */
    public static String describe(String what, int index) {
        return index < 0 ? what : what + " at index " + index;
    }
}
