package io.connectmongodb.benchmarks.compression;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;

/**
 * A TCP proxy on loopback that makes a server which knows nothing of compression look like one
 * that supports the given compressors, as a real mongod configured with
 * {@code networkMessageCompressors} would:
 * <ul>
 *   <li>requests: OP_COMPRESSED frames are decompressed ({@link ProxyCodecs}) and forwarded as the
 *       message they wrap; plain ones are forwarded unchanged;</li>
 *   <li>handshake ({@code hello}/{@code isMaster}, over OP_MSG or the legacy OP_QUERY): the reply
 *       gains {@code compression: [...]}, the client's offer intersected with ours in the client's
 *       order, as the server would answer;</li>
 *   <li>replies to a compressed request are compressed with that request's compressor.</li>
 * </ul>
 * It counts, per compressor, the compressed requests and replies; it counts requests that came
 * plain although compression was negotiated and their command is not one that must stay plain;
 * and it counts the bytes on the client side of the proxy in each direction.
 *
 * <p>Each client connection gets its own upstream connection and two pump threads; everything
 * stops on {@link #close()}.
 */
public final class CompressingProxy implements AutoCloseable {
    private static final int OP_REPLY = 1;
    private static final int OP_QUERY = 2004;
    private static final int OP_COMPRESSED = 2012;
    private static final int OP_MSG = 2013;
    private static final int MAX_MESSAGE = 48_000_000;
    private static final Set<String> MUST_STAY_PLAIN = Set.of("hello", "ismaster", "saslstart", "saslcontinue",
            "getnonce", "authenticate", "createuser", "updateuser", "copydbsaslstart", "copydbgetnonce", "copydb");

    private final InetSocketAddress upstream;
    private final List<String> supported;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> compressedRequests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> compressedReplies = new ConcurrentHashMap<>();
    private final LongAdder plainRequestsThatShouldBeCompressed = new LongAdder();
    private final LongAdder handshakes = new LongAdder();
    private final AtomicLong bytesFromClients = new AtomicLong();
    private final AtomicLong bytesToClients = new AtomicLong();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Starts a proxy on a random loopback port in front of {@code upstream}, supporting {@code supported}. */
    public CompressingProxy(InetSocketAddress upstream, List<String> supported) throws IOException {
        if (!upstream.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the proxy only forwards to loopback, not " + upstream);
        }
        this.upstream = upstream;
        this.supported = List.copyOf(supported);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "compressing-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public long compressedRequests(String compressor) {
        LongAdder count = compressedRequests.get(compressor);
        return count == null ? 0 : count.sum();
    }

    public long compressedReplies(String compressor) {
        LongAdder count = compressedReplies.get(compressor);
        return count == null ? 0 : count.sum();
    }

    public long plainRequestsThatShouldBeCompressed() {
        return plainRequestsThatShouldBeCompressed.sum();
    }

    public long handshakes() {
        return handshakes.sum();
    }

    public long bytesFromClients() {
        return bytesFromClients.get();
    }

    public long bytesToClients() {
        return bytesToClients.get();
    }

    /** Errors the pumps met other than connections closing; a healthy run has none. */
    public List<Throwable> failures() {
        return failures;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(upstream, 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                ProxiedConnection connection = new ProxiedConnection(client, server);
                start("compressing-proxy-up", connection::pumpRequests);
                start("compressing-proxy-down", connection::pumpReplies);
            } catch (IOException e) {
                if (!closed) {
                    failures.add(e);
                }
            }
        }
    }

    private static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    /** One client connection and its upstream connection. */
    private final class ProxiedConnection {
        private final Socket client;
        private final Socket server;
        /** requestID of a compressed request, to the compressorId its reply gets. */
        private final Map<Integer, Integer> replyCompressor = new ConcurrentHashMap<>();
        /** requestID of a handshake, to the compressors the reply announces. */
        private final Map<Integer, List<String>> handshakeOffers = new ConcurrentHashMap<>();
        private volatile boolean negotiated;

        ProxiedConnection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pumpRequests() {
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                while (true) {
                    byte[] message = readMessage(in);
                    bytesFromClients.addAndGet(message.length);
                    int requestId = intAt(message, 4);
                    if (opCode(message) == OP_COMPRESSED) {
                        int compressorId = message[24] & 0xFF;
                        compressedRequests.computeIfAbsent(ProxyCodecs.nameOf(compressorId), n -> new LongAdder()).increment();
                        message = unwrap(message);
                        replyCompressor.put(requestId, compressorId);
                    } else {
                        String command = commandName(message);
                        if (negotiated && command != null && !MUST_STAY_PLAIN.contains(command.toLowerCase(Locale.ROOT))) {
                            plainRequestsThatShouldBeCompressed.increment();
                        }
                    }
                    noteHandshake(message, requestId);
                    out.write(message);
                    out.flush();
                }
            } catch (EOFException | java.net.SocketException e) {
                closeBoth();
            } catch (IOException | RuntimeException e) {
                failures.add(e);
                closeBoth();
            }
        }

        void pumpReplies() {
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                while (true) {
                    byte[] message = readMessage(in);
                    int responseTo = intAt(message, 8);
                    List<String> offer = handshakeOffers.remove(responseTo);
                    if (offer != null) {
                        message = announceCompression(message, offer);
                        negotiated |= !offer.isEmpty();
                        handshakes.increment();
                    }
                    Integer compressorId = replyCompressor.remove(responseTo);
                    if (compressorId != null) {
                        message = wrap(message, compressorId);
                        compressedReplies.computeIfAbsent(ProxyCodecs.nameOf(compressorId), n -> new LongAdder()).increment();
                    }
                    bytesToClients.addAndGet(message.length);
                    out.write(message);
                    out.flush();
                }
            } catch (EOFException | java.net.SocketException e) {
                closeBoth();
            } catch (IOException | RuntimeException e) {
                failures.add(e);
                closeBoth();
            }
        }

        private void noteHandshake(byte[] message, int requestId) {
            BsonDocument command = commandDocument(message);
            if (command == null || command.isEmpty()) {
                return;
            }
            String name = command.getFirstKey().toLowerCase(Locale.ROOT);
            if (!name.equals("hello") && !name.equals("ismaster")) {
                return;
            }
            List<String> common = new ArrayList<>();
            BsonValue offered = command.get("compression");
            if (offered != null && offered.isArray()) {
                for (BsonValue value : offered.asArray()) {
                    if (value.isString() && supported.contains(value.asString().getValue())) {
                        common.add(value.asString().getValue());
                    }
                }
            }
            handshakeOffers.put(requestId, common);
        }

        private void closeBoth() {
            try {
                client.close();
                server.close();
            } catch (IOException ignored) {
                // closing after the peer went away
            }
        }
    }

    // ---- message surgery ----

    private static byte[] readMessage(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[16];
        data.readFully(header);
        int length = intAt(header, 0);
        if (length < 16 || length > MAX_MESSAGE) {
            throw new IOException("message length " + length + " out of bounds");
        }
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 16);
        data.readFully(message, 16, length - 16);
        return message;
    }

    private static byte[] unwrap(byte[] frame) throws IOException {
        int originalOpcode = intAt(frame, 16);
        int uncompressedSize = intAt(frame, 20);
        if (uncompressedSize < 0 || uncompressedSize > MAX_MESSAGE) {
            throw new IOException("uncompressedSize " + uncompressedSize + " out of bounds");
        }
        byte[] payload = java.util.Arrays.copyOfRange(frame, 25, frame.length);
        byte[] body = ProxyCodecs.decompress(frame[24] & 0xFF, payload, uncompressedSize);
        if (body.length != uncompressedSize) {
            throw new IOException("decompressed " + body.length + " bytes, uncompressedSize says " + uncompressedSize);
        }
        ByteBuffer message = ByteBuffer.allocate(16 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(16 + body.length).putInt(intAt(frame, 4)).putInt(intAt(frame, 8)).putInt(originalOpcode).put(body);
        return message.array();
    }

    private static byte[] wrap(byte[] message, int compressorId) throws IOException {
        byte[] body = java.util.Arrays.copyOfRange(message, 16, message.length);
        byte[] compressed = ProxyCodecs.compress(compressorId, body);
        ByteBuffer frame = ByteBuffer.allocate(25 + compressed.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(25 + compressed.length).putInt(intAt(message, 4)).putInt(intAt(message, 8)).putInt(OP_COMPRESSED)
                .putInt(opCode(message)).putInt(body.length).put((byte) compressorId).put(compressed);
        return frame.array();
    }

    /** The handshake reply with {@code compression} set to {@code common} (left alone when nothing is common). */
    private static byte[] announceCompression(byte[] reply, List<String> common) {
        if (common.isEmpty()) {
            return reply;
        }
        int documentOffset = documentOffset(reply);
        if (documentOffset < 0) {
            return reply;
        }
        BsonDocument document = decode(reply, documentOffset);
        BsonArray list = new BsonArray();
        common.forEach(name -> list.add(new BsonString(name)));
        document.put("compression", list);
        ByteBuffer encoded = new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().asNIO();
        int oldSize = intAt(reply, documentOffset);
        byte[] result = new byte[reply.length - oldSize + encoded.remaining()];
        System.arraycopy(reply, 0, result, 0, documentOffset);
        encoded.get(result, documentOffset, encoded.remaining());
        int after = documentOffset + oldSize;
        System.arraycopy(reply, after, result, result.length - (reply.length - after), reply.length - after);
        ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN).putInt(0, result.length);
        return result;
    }

    /** Where the (first) command or reply document starts: OP_MSG kind-0 body, OP_QUERY query, OP_REPLY first document. */
    private static int documentOffset(byte[] message) {
        switch (opCode(message)) {
            case OP_MSG:
                return message[20] == 0 ? 21 : -1;
            case OP_REPLY:
                return 36;
            case OP_QUERY: {
                int position = 20;
                while (message[position] != 0) {
                    position++;
                }
                return position + 1 + 8;
            }
            default:
                return -1;
        }
    }

    private static BsonDocument commandDocument(byte[] message) {
        int offset = documentOffset(message);
        return offset < 0 ? null : decode(message, offset);
    }

    private static String commandName(byte[] message) {
        BsonDocument command = commandDocument(message);
        return command == null || command.isEmpty() ? null : command.getFirstKey();
    }

    private static BsonDocument decode(byte[] message, int offset) {
        int size = intAt(message, offset);
        ByteBuffer buffer = ByteBuffer.wrap(message, offset, size).slice().order(ByteOrder.LITTLE_ENDIAN);
        try (BsonBinaryReader reader = new BsonBinaryReader(buffer)) {
            return new BsonDocumentCodec().decode(reader, DecoderContext.builder().build());
        }
    }

    private static int opCode(byte[] message) {
        return intAt(message, 12);
    }

    private static int intAt(byte[] bytes, int offset) {
        return ByteBuffer.wrap(bytes, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
