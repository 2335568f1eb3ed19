package io.connectmongodb.driver.cluster;

/** The shape of the deployment as the client currently understands it (SDAM spec "TopologyType"). */
public enum TopologyType {
    UNKNOWN("Unknown"),
    SINGLE("Single"),
    REPLICA_SET_NO_PRIMARY("ReplicaSetNoPrimary"),
    REPLICA_SET_WITH_PRIMARY("ReplicaSetWithPrimary"),
    SHARDED("Sharded"),
    LOAD_BALANCED("LoadBalanced");

    private final String specName;

    TopologyType(String specName) {
        this.specName = specName;
    }

    /** The name the SDAM spec uses, such as {@code ReplicaSetWithPrimary}. */
    public String specName() {
        return specName;
    }

    /** Parses a spec name such as {@code Sharded} (case-sensitive). */
    public static TopologyType fromSpecName(String name) {
        for (TopologyType type : values()) {
            if (type.specName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown topology type '" + name + "'");
    }

    public boolean isReplicaSet() {
        return this == REPLICA_SET_NO_PRIMARY || this == REPLICA_SET_WITH_PRIMARY;
    }
}
