package io.connectmongodb.driver.error;

import org.bson.BsonDocument;

/**
 * The server's {@code writeConcernError}: the write was applied but the requested write concern
 * was not satisfied.
 *
 * @param code     the server's error code
 * @param codeName the server's name for the code, or an empty string
 * @param message  the server's message
 * @param details  the server's {@code errInfo}, empty when none was sent
 */
public record WriteConcernError(int code, String codeName, String message, BsonDocument details) {
}
