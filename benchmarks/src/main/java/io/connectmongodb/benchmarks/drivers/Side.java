package io.connectmongodb.benchmarks.drivers;

/** The two sides of every comparison. */
public enum Side {
    OURS("connect-mongodb"),
    OFFICIAL("mongodb-driver-sync 5.6.1");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Connects this side's driver to {@code connectionString} (a loopback URI). */
    public DriverUnderTest connect(String connectionString) {
        return this == OURS ? new OurDriver(connectionString) : new OfficialDriver(connectionString);
    }
}
