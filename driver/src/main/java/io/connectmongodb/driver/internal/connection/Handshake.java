package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.internal.compression.WireCompression;
import java.util.Locale;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * The first exchange on every new connection (MongoDB handshake spec): {@code hello} with
 * {@code helloOk: true} and the client metadata, sent to {@code admin}. A server that does not know
 * {@code hello} (error 59 CommandNotFound, or an "unknown/no such command" message, as older
 * servers and some embedded test servers answer) is asked again with the legacy {@code isMaster}.
 * The reply becomes the connection's {@link ConnectionDescription}; incompatible wire versions fail.
 *
 * <p>The request offers the configured compressors ({@code compression: [...]}, empty when none,
 * as the compression spec suggests); the first of them that the reply also lists becomes the
 * description's {@link ConnectionDescription#compressor()}. The handshake itself is never
 * compressed.
 *
 * <p>When the connection is to be authenticated, the caller passes extra fields for the request
 * ({@code saslSupportedMechs}, {@code speculativeAuthenticate}); they go into {@code hello} and,
 * on fallback, into {@code isMaster} as well.
 *
 * <p>Deviation from the spec, on purpose: the spec sends legacy hello over OP_QUERY first; this
 * driver only speaks OP_MSG, which every server it supports (wire version 6+) understands.
 */
final class Handshake {
    static final int COMMAND_NOT_FOUND = 59;

    private final BsonDocument clientMetadata;
    private final WireCompression compression;

    Handshake(BsonDocument clientMetadata) {
        this(clientMetadata, WireCompression.none());
    }

    Handshake(BsonDocument clientMetadata, WireCompression compression) {
        this.clientMetadata = clientMetadata;
        this.compression = compression;
    }

    ConnectionDescription perform(StreamConnection connection) {
        return perform(connection, new BsonDocument());
    }

    /** Runs the handshake with {@code extraFields} appended to the request. */
    ConnectionDescription perform(StreamConnection connection, BsonDocument extraFields) {
        BsonDocument reply;
        boolean helloUsed = true;
        try {
            reply = connection.command(request("hello", extraFields));
        } catch (MongoCommandException e) {
            if (!isUnknownCommand(e)) {
                throw e;
            }
            helloUsed = false;
            reply = connection.command(request("isMaster", extraFields));
        }
        return HandshakeReplies.describe(connection.address(), reply, helloUsed)
                .withCompressor(compression.negotiate(reply));
    }

    private BsonDocument request(String commandName, BsonDocument extraFields) {
        BsonDocument request = new BsonDocument(commandName, new BsonInt32(1))
                .append("helloOk", BsonBoolean.TRUE)
                .append("client", clientMetadata)
                .append("compression", compression.handshakeValue());
        request.putAll(extraFields);
        return request.append("$db", new BsonString("admin"));
    }

    static boolean isUnknownCommand(MongoCommandException e) {
        if (e.code() == COMMAND_NOT_FOUND) {
            return true;
        }
        String message = e.errorMessage().toLowerCase(Locale.ROOT);
        return message.contains("no such command") || message.contains("no such cmd")
                || message.contains("unknown command") || message.contains("command not found");
    }
}
