package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.time.Duration;

/**
 * A command failed: the server answered {@code ok: 0}, or the network or protocol failed.
 *
 * @param requestId  the same number as in the matching {@link CommandStartedEvent}
 * @param failure    what the operation sees thrown
 * @param elapsed    from just before sending to the failure
 */
public record CommandFailedEvent(ServerAddress address, long serverConnectionId, long requestId, String databaseName,
                                 String commandName, Throwable failure, Duration elapsed) {
}
