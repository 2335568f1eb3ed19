package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;
import org.bson.BsonDocument;

/**
 * A server check succeeded.
 *
 * @param reply           the hello reply
 * @param durationMillis  how long the check took, including opening the connection on the first check
 */
public record ServerHeartbeatSucceededEvent(ServerAddress address, BsonDocument reply, double durationMillis,
                                            boolean awaited) {
    public ServerHeartbeatSucceededEvent {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reply, "reply");
    }
}
