package io.connectmongodb.driver.internal.operation;

import org.bson.RawBsonDocument;

/**
 * One encoded write statement (an inserted document, an update or a delete statement) ready to be
 * copied into any batch, plus the document whose size the server limits.
 *
 * @param statement   the bytes sent in the {@code documents}/{@code updates}/{@code deletes} sequence
 * @param sizeChecked the inserted or replacement document that must fit {@code maxBsonObjectSize},
 *                    or {@code null} when no such limit applies (operator updates, deletes)
 * @param description how to name the statement in error messages, such as {@code "document at index 2"}
 */
public record WriteStatement(RawBsonDocument statement, RawBsonDocument sizeChecked, String description) {
}
