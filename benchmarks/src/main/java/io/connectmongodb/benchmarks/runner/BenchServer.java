package io.connectmongodb.benchmarks.runner;

import io.connectmongodb.benchmarks.drivers.DriverUnderTest;
import io.connectmongodb.benchmarks.drivers.Side;

import java.util.EnumMap;
import java.util.Map;

/**
 * A server the workloads run against: the canned-reply stub, the embedded mongo-java-server (in
 * this JVM, or in a child JVM for rows that must keep its data off this heap), or none (in-memory workloads such as BSON codecs). Each side's client is created on first use and
 * shared by the workloads, as an application would share one client.
 */
public final class BenchServer implements AutoCloseable {
    /** {@code EMBEDDED_CHILD}: the embedded server in a child JVM, so its data is not on the benchmark's heap. */
    public enum Kind { STUB, EMBEDDED, EMBEDDED_CHILD, IN_MEMORY }

    private final Kind kind;
    private final String connectionString;
    private final int port;
    private final AutoCloseable owner;
    private final Map<Side, DriverUnderTest> drivers = new EnumMap<>(Side.class);

    public BenchServer(Kind kind, String connectionString, int port, AutoCloseable owner) {
        this.kind = kind;
        this.connectionString = connectionString;
        this.port = port;
        this.owner = owner;
    }

    public static BenchServer inMemory() {
        return new BenchServer(Kind.IN_MEMORY, null, -1, null);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether this is the stub or the in-JVM embedded server: where the operation rows run (not the
     * child-JVM server, which only hosts the rows that need their data off this heap).
     */
    public boolean stubOrEmbedded() {
        return kind == Kind.STUB || kind == Kind.EMBEDDED;
    }

    public String label() {
        switch (kind) {
            case STUB: return "stub";
            case EMBEDDED: return "embedded";
            case EMBEDDED_CHILD: return "embedded, child JVM";
            default: return "in-memory";
        }
    }

    public String connectionString() {
        requireServer();
        return connectionString;
    }

    public int port() {
        requireServer();
        return port;
    }

    /** The shared client of {@code side} for this server. */
    public synchronized DriverUnderTest driver(Side side) {
        requireServer();
        return drivers.computeIfAbsent(side, s -> s.connect(connectionString));
    }

    private void requireServer() {
        if (kind == Kind.IN_MEMORY) {
            throw new IllegalStateException("in-memory workloads have no server");
        }
    }

    @Override
    public synchronized void close() throws Exception {
        for (DriverUnderTest driver : drivers.values()) {
            driver.close();
        }
        drivers.clear();
        if (owner != null) {
            owner.close();
        }
    }
}
