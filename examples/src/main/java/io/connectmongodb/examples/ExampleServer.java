package io.connectmongodb.examples;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * Where the examples connect: {@code MONGODB_URI} when it is set, otherwise an embedded in-process
 * server (mongo-java-server) on a random loopback port, stopped when {@link #close()} is called.
 */
public final class ExampleServer implements AutoCloseable {
    private final String uri;
    private final MongoServer embedded;

    private ExampleServer(String uri, MongoServer embedded) {
        this.uri = uri;
        this.embedded = embedded;
    }

    /** Uses MONGODB_URI, or starts the embedded server. */
    public static ExampleServer start() {
        String env = System.getenv("MONGODB_URI");
        if (env != null && !env.isBlank()) {
            return new ExampleServer(env, null);
        }
        MemoryBackend backend = new MemoryBackend();
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return new ExampleServer("mongodb://127.0.0.1:" + address.getPort(), server);
    }

    public String uri() {
        return uri;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** A line saying which server the example runs against (never the password). */
    public String describe() {
        return isEmbedded() ? "embedded mongo-java-server at " + uri : "the server in MONGODB_URI";
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.shutdownNow();
        }
    }
}
