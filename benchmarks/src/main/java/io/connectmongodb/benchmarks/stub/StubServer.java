package io.connectmongodb.benchmarks.stub;

import org.bson.BsonDocument;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The wire-level stub server of issue #9: listens on a random loopback port and answers every
 * command with a reply from {@link CannedReplies}, one platform thread per connection (blocking I/O
 * keeps its own CPU cost minimal and identical for both drivers). {@link #close()} stops accepting
 * and closes every open connection.
 */
public final class StubServer implements AutoCloseable {
    private final ServerSocket serverSocket;
    private final CannedReplies replies;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;

    private StubServer(ServerSocket serverSocket, CannedReplies replies) {
        this.serverSocket = serverSocket;
        this.replies = replies;
        this.acceptor = new Thread(this::acceptLoop, "stub-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
    }

    /** Starts a stub on 127.0.0.1 and a free port; every find returns {@code document}. */
    public static StubServer start(BsonDocument document, int cursorTotal) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        StubServer server = new StubServer(socket, new CannedReplies(document, cursorTotal));
        server.acceptor.start();
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    /** Connections accepted since start (for tests and the report). */
    public int acceptedConnections() {
        return accepted.get();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                accepted.incrementAndGet();
                Thread thread = new Thread(new StubConnection(socket, replies, () -> open.remove(socket)),
                        "stub-conn-" + socket.getPort());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
