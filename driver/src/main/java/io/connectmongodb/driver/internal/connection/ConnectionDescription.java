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
 * @param role                          what kind of server {@code helloReply} describes; always derived
 *                                      from {@code helloReply} (a given value is replaced), so the session
 *                                      layer reads these facts once per connection, not once per command
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
        String compressor,
        ServerRole role) {

    public ConnectionDescription {
        role = ServerRole.of(helloReply);
    }

    /** A description with {@code compressor} as the negotiated compressor ({@code null} for none). */
    public ConnectionDescription(ServerAddress address, long serverConnectionId, int minWireVersion, int maxWireVersion,
            int maxBsonObjectSize, int maxMessageSizeBytes, int maxWriteBatchSize, Integer logicalSessionTimeoutMinutes,
            boolean helloOk, BsonDocument helloReply, String compressor) {
        this(address, serverConnectionId, minWireVersion, maxWireVersion, maxBsonObjectSize, maxMessageSizeBytes,
                maxWriteBatchSize, logicalSessionTimeoutMinutes, helloOk, helloReply, compressor, null);
    }

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
                maxMessageSizeBytes, maxWriteBatchSize, logicalSessionTimeoutMinutes, helloOk, helloReply, newCompressor, role);
    }

    /** Whether the server supports logical sessions, so {@code lsid} may be sent. */
    public boolean supportsSessions() {
        return logicalSessionTimeoutMinutes != null;
    }

    /**
     * The server kind facts of a handshake reply, read once: a mongos answers {@code msg: "isdbgrid"},
     * a replica set member has {@code setName}, a server behind a load balancer has {@code serviceId}.
     */
    public record ServerRole(boolean mongos, boolean replicaSetMember, boolean loadBalanced) {
        private static final ServerRole UNKNOWN = new ServerRole(false, false, false);

        static ServerRole of(BsonDocument hello) {
            if (hello == null) {
                return UNKNOWN;
            }
            return new ServerRole(hello.isString("msg") && hello.getString("msg").getValue().equals("isdbgrid"),
                    hello.containsKey("setName"), hello.containsKey("serviceId"));
        }
    }
}
