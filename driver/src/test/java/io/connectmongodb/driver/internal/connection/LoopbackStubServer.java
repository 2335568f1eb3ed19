package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.wire.OpMsgReply;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bson.BsonDocument;

/**
 * A tiny OP_MSG server on loopback TCP or a Unix domain socket, for socket-level tests. Each request
 * body is passed to a behavior that says what to do: answer, stay silent, or send half an answer
 * and hang up. Threads are daemons and end when their socket closes; {@link #close()} closes all.
 */
final class LoopbackStubServer implements AutoCloseable {
    /** What the server does with one request. */
    sealed interface Action permits Answer, Silence, HangUpMidReply {
    }

    record Answer(BsonDocument body) implements Action {
    }

    record Silence() implements Action {
    }

    record HangUpMidReply(BsonDocument body) implements Action {
    }

    private final ServerSocketChannel server;
    private final ServerAddress address;
    private final Path socketDirectory;
    private final Function<BsonDocument, Action> behavior;
    private final List<SocketChannel> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger connectionsAccepted = new AtomicInteger();

    private LoopbackStubServer(ServerSocketChannel server, ServerAddress address, Path socketDirectory,
                               Function<BsonDocument, Action> behavior) {
        this.server = server;
        this.address = address;
        this.socketDirectory = socketDirectory;
        this.behavior = behavior;
        Thread acceptor = new Thread(this::acceptLoop, "stub-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static LoopbackStubServer tcp(Function<BsonDocument, Action> behavior) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        return new LoopbackStubServer(server, ServerAddress.of("127.0.0.1", port), null, behavior);
    }

    static LoopbackStubServer unix(Function<BsonDocument, Action> behavior) throws IOException {
        Path dir = Files.createTempDirectory("wire-stub");
        Path socket = dir.resolve("stub.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return new LoopbackStubServer(server, ServerAddress.unixSocket(socket.toString()), dir, behavior);
    }

    /** Answers the handshake like a modern standalone, then {@code afterHandshake} decides. */
    static Function<BsonDocument, Action> handshakeThen(Function<BsonDocument, Action> afterHandshake) {
        return request -> {
            String name = request.getFirstKey();
            if (name.equals("hello") || name.equals("isMaster")) {
                return new Answer(StubReplies.isMasterReply());
            }
            return afterHandshake.apply(request);
        };
    }

    ServerAddress address() {
        return address;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                accepted.add(channel);
                connectionsAccepted.incrementAndGet();
                Thread handler = new Thread(() -> serve(channel), "stub-server-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // server closed
            }
        }
    }

    private void serve(SocketChannel channel) {
        try (channel) {
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            OutputStream out = Channels.newOutputStream(channel);
            while (true) {
                byte[] message = readMessage(in);
                if (message == null) {
                    return;
                }
                OpMsgReply request = StubReplies.decodeRequest(message);
                Action action = behavior.apply(request.body());
                if (action instanceof Answer answer) {
                    out.write(StubReplies.reply(request.header().requestId(), answer.body()));
                } else if (action instanceof HangUpMidReply hangUp) {
                    byte[] reply = StubReplies.reply(request.header().requestId(), hangUp.body());
                    out.write(reply, 0, reply.length / 2);
                    return;
                }
                // Silence: read on; the client times out and closes, which ends this loop
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static byte[] readMessage(DataInputStream in) throws IOException {
        byte[] header = new byte[16];
        int first = in.read(header, 0, 1);
        if (first < 0) {
            return null;
        }
        in.readFully(header, 1, 15);
        int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16 | (header[3] & 0xFF) << 24;
        if (length < 16 || length > 1_000_000) {
            throw new IOException("unexpected request length " + length);
        }
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 16);
        in.readFully(message, 16, length - 16);
        return message;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel channel : accepted) {
            channel.close();
        }
        if (socketDirectory != null) {
            Files.deleteIfExists(socketDirectory.resolve("stub.sock"));
            Files.deleteIfExists(socketDirectory);
        }
    }

}
