package io.connectmongodb.benchmarks.process;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.InputStream;

/**
 * Main class of the child JVM that hosts the embedded server (mongo-java-server, memory backend)
 * for rows whose data must not live on the benchmark JVM's heap: binds to 127.0.0.1 on a free
 * port, prints {@code PORT <n>}, serves until its standard input ends (the parent closed it or
 * died), then shuts down.
 */
public final class ServerProcess {
    public static final String PORT_LINE = "PORT ";

    private ServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        System.out.println(PORT_LINE + server.getLocalAddress().getPort());
        System.out.flush();
        InputStream in = System.in;
        byte[] discard = new byte[256];
        while (in.read(discard) != -1) {
            // nothing is sent; wait for the end of input
        }
        server.shutdownNow();
        System.exit(0);
    }

    /** Starts the server in a child JVM with {@code maxHeap} and returns it once it listens. */
    public static Started start(String maxHeap) throws IOException, InterruptedException {
        ChildJvm child = ChildJvm.start(maxHeap, ServerProcess.class);
        try {
            return new Started(child, Integer.parseInt(child.awaitLine(PORT_LINE, 60)));
        } catch (IOException | RuntimeException | InterruptedException e) {
            child.close();
            throw e;
        }
    }

    /** A running server child: its port; closing it stops the child. */
    public record Started(ChildJvm child, int port) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            child.close();
        }
    }
}
