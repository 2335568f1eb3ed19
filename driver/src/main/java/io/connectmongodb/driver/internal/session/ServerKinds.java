package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.internal.connection.ConnectionDescription;

/**
 * What kind of server a connection's handshake describes, for the session specs: a mongos
 * ({@code msg: "isdbgrid"}), a replica set member ({@code setName}), or a standalone. The facts are
 * read from the reply once, when the {@link ConnectionDescription} is made ({@code role()}).
 */
public final class ServerKinds {
    /** Replica set transactions need MongoDB 4.0 (wire 7); sharded ones 4.2 (wire 8). */
    private static final int REPLICA_SET_TRANSACTIONS = 7;
    private static final int SHARDED_TRANSACTIONS = 8;

    private ServerKinds() {
    }

    public static boolean isMongos(ConnectionDescription server) {
        return server.role().mongos();
    }

    public static boolean isReplicaSetMember(ConnectionDescription server) {
        return server.role().replicaSetMember();
    }

    public static boolean isLoadBalanced(ConnectionDescription server) {
        return server.role().loadBalanced();
    }

    /** Retryable writes need sessions and a replica set, a mongos or a load balancer (not a standalone). */
    public static boolean supportsRetryableWrites(ConnectionDescription server) {
        return server.supportsSessions() && (isMongos(server) || isReplicaSetMember(server) || isLoadBalanced(server));
    }

    /** Why {@code server} cannot run transactions, or {@code null} when it can. */
    public static String transactionsUnsupportedReason(ConnectionDescription server) {
        if (!server.supportsSessions()) {
            return "the server at " + server.address() + " does not support sessions (no logicalSessionTimeoutMinutes)";
        }
        if (isMongos(server) || isLoadBalanced(server)) {
            return server.maxWireVersion() >= SHARDED_TRANSACTIONS ? null
                    : "the mongos at " + server.address() + " is older than MongoDB 4.2";
        }
        if (isReplicaSetMember(server)) {
            return server.maxWireVersion() >= REPLICA_SET_TRANSACTIONS ? null
                    : "the replica set member at " + server.address() + " is older than MongoDB 4.0";
        }
        return "the server at " + server.address() + " is a standalone; transactions need a replica set or a sharded cluster";
    }
}
