package io.connectmongodb.examples;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * An embedded in-memory server that answers {@code isMaster} as a mongos router would (with
 * {@code msg: "isdbgrid"}), so the driver treats a few of them as a sharded cluster's routers.
 * It can be stopped and started again on the same port, keeping its data.
 */
final class EmbeddedMongos implements AutoCloseable {
    private final MemoryBackend backend = new MemoryBackend() {
        @Override
        public Document handleMessage(MongoMessage message) {
            Document reply = super.handleMessage(message);
            String command = message.getDocument().keySet().iterator().next();
            if (command.equalsIgnoreCase("ismaster") || command.equalsIgnoreCase("hello")) {
                reply.put("msg", "isdbgrid");
            }
            return reply;
        }
    };
    private final int port;
    private MongoServer server;

    private EmbeddedMongos() {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
    }

    static EmbeddedMongos start() {
        return new EmbeddedMongos();
    }

    String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Stops at once, closing every client connection, as if the process died. */
    synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Starts again on the same port. */
    synchronized void restart() {
        if (server == null) {
            server = new MongoServer(backend);
            server.bind("127.0.0.1", port);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
