package io.connectmongodb.reliability;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;

/**
 * An embedded mongo-java-server on a loopback port that can be stopped and started again on the
 * SAME port, over the same {@link ReliabilityBackend} (which keeps its data across restarts).
 * Stopping closes the listener and every client connection at once, as a killed mongod would.
 */
final class RestartableServer implements AutoCloseable {
    private static final long REBIND_WINDOW_MILLIS = 10_000;

    private final ReliabilityBackend backend;
    private final int port;
    private MongoServer server;

    RestartableServer(ReliabilityBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        this.server.bind("127.0.0.1", 0);
        this.port = server.getLocalAddress().getPort();
    }

    int port() {
        return port;
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    ReliabilityBackend backend() {
        return backend;
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Binds the same port again; retries briefly while the kernel still holds it. */
    synchronized void start() throws InterruptedException {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + REBIND_WINDOW_MILLIS * 1_000_000;
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            MongoServer candidate = new MongoServer(backend);
            try {
                candidate.bind("127.0.0.1", port);
                server = candidate;
                return;
            } catch (RuntimeException e) {
                last = e;
                candidate.shutdownNow();
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("could not bind port " + port + " again within " + REBIND_WINDOW_MILLIS + " ms", last);
    }

    @Override
    public synchronized void close() {
        stop();
        backend.destroy();
    }
}
