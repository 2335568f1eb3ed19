package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import org.bson.BsonDocument;

/**
 * A command is about to be sent.
 *
 * @param address             the server it goes to
 * @param serverConnectionId  the server's id of the connection, or -1 when unknown
 * @param requestId           a number unique within the process that pairs this event with its outcome
 * @param databaseName        the command's {@code $db}
 * @param commandName         the command's first key, such as {@code find}
 * @param command             the command with its document sequences folded in as arrays; empty for
 *                            security-sensitive commands
 */
public record CommandStartedEvent(ServerAddress address, long serverConnectionId, long requestId, String databaseName,
                                  String commandName, BsonDocument command) {
}
