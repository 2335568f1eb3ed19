package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * An error an application operation met on a server, with what SDAM needs to judge it.
 *
 * @param address               the server the operation ran on
 * @param error                 the exception (command, network or timeout error)
 * @param connectionGeneration  the pool generation of the connection (for errors before the
 *                              handshake completed: of the pool when the attempt started)
 * @param maxWireVersion        the connection's max wire version (0 when the handshake did not complete)
 * @param handshakeCompleted    whether the error came after the connection's handshake
 * @param serviceId             the load balancer's serviceId of the connection, or {@code null}
 */
public record ApplicationError(ServerAddress address, Throwable error, int connectionGeneration, int maxWireVersion,
                               boolean handshakeCompleted, ObjectId serviceId) {
    public ApplicationError {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(error, "error");
        if (connectionGeneration < 0) {
            throw new IllegalArgumentException("connectionGeneration must not be negative, was " + connectionGeneration);
        }
    }
}
