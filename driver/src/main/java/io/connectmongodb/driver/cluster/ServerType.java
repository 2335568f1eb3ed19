package io.connectmongodb.driver.cluster;

/**
 * What kind of server a {@link ServerDescription} describes, as defined by the Server Discovery
 * and Monitoring spec. {@link #specName()} is the spec's spelling, such as {@code RSPrimary}.
 */
public enum ServerType {
    STANDALONE("Standalone"),
    MONGOS("Mongos"),
    RS_PRIMARY("RSPrimary"),
    RS_SECONDARY("RSSecondary"),
    RS_ARBITER("RSArbiter"),
    RS_OTHER("RSOther"),
    RS_GHOST("RSGhost"),
    LOAD_BALANCER("LoadBalancer"),
    UNKNOWN("Unknown"),
    /** Not yet checked, but another member reported it as the primary. Otherwise like {@link #UNKNOWN}. */
    POSSIBLE_PRIMARY("PossiblePrimary");

    private final String specName;

    ServerType(String specName) {
        this.specName = specName;
    }

    /** The name the SDAM spec uses, such as {@code RSSecondary}. */
    public String specName() {
        return specName;
    }

    /** Parses a spec name such as {@code RSArbiter} (case-sensitive). */
    public static ServerType fromSpecName(String name) {
        for (ServerType type : values()) {
            if (type.specName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown server type '" + name + "'");
    }

    /** Whether the server holds data: Standalone, Mongos, RSPrimary, RSSecondary or LoadBalancer. */
    public boolean isDataBearing() {
        return this == STANDALONE || this == MONGOS || this == RS_PRIMARY || this == RS_SECONDARY || this == LOAD_BALANCER;
    }

    /** Whether a check has told us what the server is ({@link #UNKNOWN} and {@link #POSSIBLE_PRIMARY} are not known). */
    public boolean isKnown() {
        return this != UNKNOWN && this != POSSIBLE_PRIMARY;
    }

    /** RSPrimary, RSSecondary, RSArbiter or RSOther: a member that reported a replica set name. */
    public boolean isReplicaSetMember() {
        return this == RS_PRIMARY || this == RS_SECONDARY || this == RS_ARBITER || this == RS_OTHER;
    }
}
