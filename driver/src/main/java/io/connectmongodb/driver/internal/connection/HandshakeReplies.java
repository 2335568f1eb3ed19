package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoIncompatibleServerException;
import io.connectmongodb.driver.internal.wire.MessageHeader;
import io.connectmongodb.driver.internal.wire.MessageLimits;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Turns a {@code hello}/{@code isMaster} reply into a {@link ConnectionDescription}, filling in the
 * spec defaults for absent limits, and rejects servers whose wire versions do not overlap ours
 * ({@value #MIN_SUPPORTED_WIRE_VERSION} to {@value #MAX_SUPPORTED_WIRE_VERSION}).
 */
public final class HandshakeReplies {
    /** MongoDB 3.6: the first version with OP_MSG and sessions. */
    public static final int MIN_SUPPORTED_WIRE_VERSION = 6;
    /** The newest wire version this driver knows. */
    public static final int MAX_SUPPORTED_WIRE_VERSION = 25;
    public static final int DEFAULT_MAX_WRITE_BATCH_SIZE = 100_000;

    private HandshakeReplies() {
    }

    /**
     * The description of a connection to {@code address} from its handshake {@code reply}.
     *
     * @param helloCommandUsed whether the handshake used {@code hello} (rather than {@code isMaster})
     * @throws MongoIncompatibleServerException when the wire versions do not overlap
     */
    public static ConnectionDescription describe(ServerAddress address, BsonDocument reply, boolean helloCommandUsed) {
        int minWire = intOr(reply, "minWireVersion", 0);
        int maxWire = intOr(reply, "maxWireVersion", 0);
        if (maxWire < MIN_SUPPORTED_WIRE_VERSION) {
            throw new MongoIncompatibleServerException("Server at " + address + " reports maximum wire version "
                    + maxWire + ", but this driver requires at least " + MIN_SUPPORTED_WIRE_VERSION
                    + " (MongoDB 3.6)");
        }
        if (minWire > MAX_SUPPORTED_WIRE_VERSION) {
            throw new MongoIncompatibleServerException("Server at " + address + " requires wire version "
                    + minWire + " or newer, but this driver supports at most " + MAX_SUPPORTED_WIRE_VERSION);
        }
        BsonValue sessionTimeout = reply.get("logicalSessionTimeoutMinutes");
        Integer sessionMinutes = sessionTimeout != null && sessionTimeout.isNumber()
                ? sessionTimeout.asNumber().intValue() : null;
        BsonValue connectionId = reply.get("connectionId");
        long serverConnectionId = connectionId != null && connectionId.isNumber()
                ? connectionId.asNumber().longValue() : -1;
        BsonValue helloOk = reply.get("helloOk");
        boolean helloOkay = helloCommandUsed || (helloOk != null && helloOk.isBoolean() && helloOk.asBoolean().getValue());
        return new ConnectionDescription(address, serverConnectionId, minWire, maxWire,
                positiveIntOr(reply, "maxBsonObjectSize", MessageLimits.DEFAULT_MAX_BSON_OBJECT_SIZE),
                atLeastOr(reply, "maxMessageSizeBytes", MessageHeader.LENGTH, MessageLimits.DEFAULT_MAX_MESSAGE_SIZE_BYTES),
                positiveIntOr(reply, "maxWriteBatchSize", DEFAULT_MAX_WRITE_BATCH_SIZE),
                sessionMinutes, helloOkay, reply);
    }

    private static int intOr(BsonDocument reply, String key, int fallback) {
        BsonValue value = reply.get(key);
        return value != null && value.isNumber() ? value.asNumber().intValue() : fallback;
    }

    /** Limits must be positive; a missing or nonsensical value means the default. */
    private static int positiveIntOr(BsonDocument reply, String key, int fallback) {
        return atLeastOr(reply, key, 1, fallback);
    }

    /** As {@link #positiveIntOr}, with a larger minimum (a message must at least hold its header). */
    private static int atLeastOr(BsonDocument reply, String key, int minimum, int fallback) {
        int value = intOr(reply, key, fallback);
        return value >= minimum ? value : fallback;
    }
}
