package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.time.Duration;
import org.bson.BsonDocument;

/**
 * A command got a successful reply.
 *
 * @param requestId  the same number as in the matching {@link CommandStartedEvent}
 * @param reply      the reply; empty for security-sensitive commands
 * @param elapsed    from just before sending to just after the reply was read
 */
public record CommandSucceededEvent(ServerAddress address, long serverConnectionId, long requestId, String databaseName,
                                    String commandName, BsonDocument reply, Duration elapsed) {
}
