package io.connectmongodb.testsupport;

/** What a test may need from the server it runs against. */
public enum Capability {
    /** Logical sessions ({@code logicalSessionTimeoutMinutes} in hello). */
    SESSIONS,
    /** Multi-document transactions (a replica set or sharded cluster, 4.0+). */
    TRANSACTIONS,
    /** Authentication is enabled. */
    AUTH,
    /** Change streams ({@code $changeStream}). */
    CHANGE_STREAMS,
    /** A replica set. */
    REPLICA_SET,
    /** A real mongod or mongos, not the embedded in-process server. */
    REAL_SERVER
}
