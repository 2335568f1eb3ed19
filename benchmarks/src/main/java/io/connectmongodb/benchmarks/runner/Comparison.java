package io.connectmongodb.benchmarks.runner;

/**
 * What a row's two columns compare. The report's targets are chosen by this, not by the row's
 * name: the "ours" column is always the left one, the peer the right one.
 */
public enum Comparison {
    /** connect-mongodb against the official driver doing the same operation. */
    DRIVER_VS_OFFICIAL(true, true),
    /** The mapper's codec against the official {@code PojoCodecProvider} (mapping cost in memory). */
    MAPPER_CODEC_VS_POJO_CODEC(true, true),
    /**
     * A reference, not our product, against the official {@code PojoCodecProvider}: a hand-written codec
     * (the ceiling), or Spring Data's {@code MongoTemplate} doing the ODM tasks.
     */
    REFERENCE_VS_POJO_CODEC(false, true),
    /** A layer of ours (the JDBC bridge) against our own driver doing the same reads: no official peer. */
    BRIDGE_VS_OUR_DRIVER(true, false);

    private final boolean oursIsConnectMongodb;
    private final boolean peerIsOfficial;

    Comparison(boolean oursIsConnectMongodb, boolean peerIsOfficial) {
        this.oursIsConnectMongodb = oursIsConnectMongodb;
        this.peerIsOfficial = peerIsOfficial;
    }

    /** Whether the left column measures connect-mongodb code (false for reference rows). */
    public boolean oursIsConnectMongodb() {
        return oursIsConnectMongodb;
    }

    /** Whether the right column is the official driver (or its {@code PojoCodecProvider}). */
    public boolean peerIsOfficial() {
        return peerIsOfficial;
    }
}
