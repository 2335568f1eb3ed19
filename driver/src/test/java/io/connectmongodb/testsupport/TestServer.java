package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Set;

/**
 * The server a test runs against.
 *
 * <ul>
 *   <li>{@code MONGODB_URI} set: that server; it is taken to be a real mongod, and its capabilities
 *       are declared by {@code MONGODB_CAPABILITIES} (comma-separated {@link Capability} names;
 *       default {@code REAL_SERVER}).</li>
 *   <li>Otherwise an embedded mongo-java-server ({@link ChangeStreamShimBackend}: a MemoryBackend with the oplog,
 *       whose change streams report updates and replaces as MongoDB does)
 *       bound to a random loopback port, shared by every test in the JVM.</li>
 * </ul>
 */
public final class TestServer {
    private static TestServer shared;

    private final String uri;
    private final Set<Capability> capabilities;
    private final MongoServer embedded;

    private TestServer(String uri, Set<Capability> capabilities, MongoServer embedded) {
        this.uri = uri;
        this.capabilities = capabilities;
        this.embedded = embedded;
    }

    /** The server for this JVM: started once, stopped at JVM exit. */
    public static synchronized TestServer shared() {
        if (shared == null) {
            String env = System.getenv("MONGODB_URI");
            if (env != null && !env.isBlank()) {
                shared = new TestServer(env, capabilitiesFromEnv(), null);
            } else {
                shared = startEmbedded();
            }
        }
        return shared;
    }

    /** A new embedded server on its own random loopback port; the caller stops it. */
    public static TestServer startEmbedded() {
        MongoServer server = new MongoServer(ChangeStreamShimBackend.withOplog());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        TestServer ts = new TestServer("mongodb://127.0.0.1:" + address.getPort(),
                EnumSet.of(Capability.CHANGE_STREAMS), server);
        Runtime.getRuntime().addShutdownHook(new Thread(ts::stop, "embedded-mongo-stop"));
        return ts;
    }

    private static Set<Capability> capabilitiesFromEnv() {
        Set<Capability> caps = EnumSet.of(Capability.REAL_SERVER);
        String declared = System.getenv("MONGODB_CAPABILITIES");
        if (declared != null) {
            for (String name : declared.split(",")) {
                if (!name.isBlank()) {
                    caps.add(Capability.valueOf(name.trim()));
                }
            }
        }
        return caps;
    }

    /** A connection string for this server (no database). */
    public String uri() {
        return uri;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded server, or {@code null} when running against {@code MONGODB_URI}. */
    public MongoServer embeddedServer() {
        return embedded;
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Why this server cannot run a test that needs {@code capability}. */
    public String describeMissing(Capability capability) {
        return (isEmbedded() ? "the embedded mongo-java-server" : "the server at MONGODB_URI")
                + " does not provide " + capability
                + (isEmbedded() ? " (set MONGODB_URI to a real mongod, with MONGODB_CAPABILITIES, to run it)" : "");
    }

    public void stop() {
        if (embedded != null) {
            embedded.shutdownNow();
        }
    }
}
