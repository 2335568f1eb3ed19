package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import org.bson.BsonDocument;

/**
 * What the handshake ({@code hello}, or legacy {@code isMaster}) learned about a server, as seen
 * by one connection: the limits every operation must respect and the server's capabilities.
 *
 * @param address                       the server this connection talks to
 * @param serverConnectionId            the server's id for this connection, or -1 when not given
 * @param minWireVersion                lowest wire version the server speaks
 * @param maxWireVersion                highest wire version the server speaks (at least 6 here)
 * @param maxBsonObjectSize             largest document the server accepts
 * @param maxMessageSizeBytes           largest wire message the server accepts or sends
 * @param maxWriteBatchSize             most writes in one insert/update/delete command
 * @param logicalSessionTimeoutMinutes  session timeout, or {@code null} when the server has no sessions
 * @param helloOk                       whether the server understands {@code hello}
 * @param helloReply                    the whole handshake reply, for topology monitoring
 * @param compressor                    the negotiated wire compressor ({@code zlib}, {@code zstd},
 *                                      {@code snappy}), or {@code null} when messages go uncompressed
 */
public record ConnectionDescription(
        ServerAddress address,
        long serverConnectionId,
        int minWireVersion,
        int maxWireVersion,
        int maxBsonObjectSize,
        int maxMessageSizeBytes,
        int maxWriteBatchSize,
        Integer logicalSessionTimeoutMinutes,
        boolean helloOk,
        BsonDocument helloReply,
        String compressor) {

    /** A description without compression. */
    public ConnectionDescription(ServerAddress address, long serverConnectionId, int minWireVersion, int maxWireVersion,
            int maxBsonObjectSize, int maxMessageSizeBytes, int maxWriteBatchSize, Integer logicalSessionTimeoutMinutes,
            boolean helloOk, BsonDocument helloReply) {
        this(address, serverConnectionId, minWireVersion, maxWireVersion, maxBsonObjectSize, maxMessageSizeBytes,
                maxWriteBatchSize, logicalSessionTimeoutMinutes, helloOk, helloReply, null);
    }

    /** This description with {@code newCompressor} as the negotiated compressor ({@code null} for none). */
    public ConnectionDescription withCompressor(String newCompressor) {
        return new ConnectionDescription(address, serverConnectionId, minWireVersion, maxWireVersion, maxBsonObjectSize,
                maxMessageSizeBytes, maxWriteBatchSize, logicalSessionTimeoutMinutes, helloOk, helloReply, newCompressor);
    }

    /** Whether the server supports logical sessions, so {@code lsid} may be sent. */
    public boolean supportsSessions() {
        return logicalSessionTimeoutMinutes != null;
    }
}
