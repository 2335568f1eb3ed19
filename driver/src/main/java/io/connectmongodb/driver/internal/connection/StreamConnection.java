package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoConnectionClosedException;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketReadException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.error.MongoSocketWriteException;
import io.connectmongodb.driver.internal.compression.Compressor;
import io.connectmongodb.driver.internal.compression.UncompressibleCommands;
import io.connectmongodb.driver.internal.compression.WireCompression;
import io.connectmongodb.driver.internal.wire.MessageHeader;
import io.connectmongodb.driver.internal.wire.MessageLimits;
import io.connectmongodb.driver.internal.wire.OpCompressedDecoder;
import io.connectmongodb.driver.internal.wire.OpCompressedEncoder;
import io.connectmongodb.driver.internal.wire.OpMsgDecoder;
import io.connectmongodb.driver.internal.wire.OpMsgEncoder;
import io.connectmongodb.driver.internal.wire.OkStatus;
import io.connectmongodb.driver.internal.wire.OpMsgFlags;
import io.connectmongodb.driver.internal.wire.OpMsgReply;
import io.connectmongodb.driver.internal.wire.ReplySequence;
import io.connectmongodb.driver.internal.wire.RequestIds;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A {@link Connection} that runs commands as OP_MSG request/reply pairs over a {@link Stream}.
 *
 * <p>One command: encode into the connection's reusable {@link OpMsgEncoder} (size limits are
 * checked there, so an oversized command fails before anything is sent and leaves the connection
 * usable); write; read the 16-byte reply header and validate it against the current size limit
 * before allocating; check {@code responseTo}; read the rest into one exactly-sized array and
 * decode it without copying. That array belongs to the reply for good and is never reused: replies,
 * their sub-documents and slices of them (GridFS chunk data, session times) are handed out as views
 * over it. {@code ok: 1} returns the body; anything else throws
 * {@link MongoCommandException} (the connection stays open). Any I/O or protocol error closes the
 * connection for good and throws a typed {@link MongoSocketException}.
 *
 * <p>Compression: once the handshake negotiated a compressor, every command except those the spec
 * forbids ({@link UncompressibleCommands}) is sent wrapped in OP_COMPRESSED; should the frame come
 * out larger than the size limit (incompressible data near the limit), the plain message is sent.
 * Replies may arrive compressed at any time, even to the handshake; their header is checked
 * against the size limit like any other, then {@link OpCompressedDecoder} unwraps them with
 * bounded decompression, and a bad frame closes the connection like any protocol error.
 *
 * <p>Until {@link #initialize} (called after the handshake) the default size limits apply.
 */
final class StreamConnection implements Connection {
    private static final System.Logger LOGGER = System.getLogger(StreamConnection.class.getName());

    private final Stream stream;
    private final ServerAddress address;
    private final OpMsgEncoder encoder = new OpMsgEncoder();
    private final WireCompression compression;
    private OpCompressedEncoder compressedEncoder;
    private Compressor sendCompressor;
    private final byte[] header = new byte[MessageHeader.LENGTH];
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ConnectionDescription description;
    private MessageLimits limits = MessageLimits.DEFAULTS;

    /** Wraps an already opened stream; nothing is compressed (compressed replies are still read). */
    StreamConnection(Stream stream) {
        this(stream, WireCompression.none());
    }

    /** Wraps an already opened stream that compresses as {@code compression} and the handshake decide. */
    StreamConnection(Stream stream, WireCompression compression) {
        this.stream = stream;
        this.address = stream.address();
        this.compression = compression;
    }

    /** Adopts what the handshake learned: the server's size limits and the negotiated compressor. */
    void initialize(ConnectionDescription handshakeResult) {
        this.limits = new MessageLimits(handshakeResult.maxBsonObjectSize(), handshakeResult.maxMessageSizeBytes());
        if (handshakeResult.compressor() != null) {
            this.sendCompressor = compression.compressorNamed(handshakeResult.compressor());
            this.compressedEncoder = new OpCompressedEncoder();
        }
        this.description = handshakeResult;
    }

    ServerAddress address() {
        return address;
    }

    @Override
    public ConnectionDescription description() {
        ConnectionDescription d = description;
        if (d == null) {
            throw new IllegalStateException("the handshake with " + address + " has not completed");
        }
        return d;
    }

    @Override
    public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
        int requestId = RequestIds.next();
        int length = encode(command, sequences, requestId, 0);
        OpMsgReply reply;
        try {
            write(length, command);
            reply = read(requestId);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        BsonDocument body = reply.sequences().isEmpty() ? reply.body() : withSequences(reply);
        if (reply.ok() != OkStatus.OK && (reply.ok() == OkStatus.NOT_OK || !isOk(body))) {
            throw new MongoCommandException(body, address);
        }
        return body;
    }

    /** Sends with {@code moreToCome}: the server answers nothing, so nothing is read. */
    @Override
    public void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
        int length = encode(command, sequences, RequestIds.next(), OpMsgFlags.MORE_TO_COME);
        try {
            write(length, command);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private int encode(BsonDocument command, List<DocumentSequence> sequences, int requestId, int flags) {
        if (command == null || command.isEmpty()) {
            throw new IllegalArgumentException("the command must be a non-empty document");
        }
        if (!command.containsKey("$db")) {
            throw new IllegalArgumentException("the command '" + command.getFirstKey() + "' has no $db field");
        }
        if (sequences == null) {
            throw new IllegalArgumentException("sequences must not be null (use an empty list)");
        }
        requireOpen();
        try {
            encoder.start(requestId, 0, flags, limits);
            encoder.body(command);
            for (DocumentSequence sequence : sequences) {
                encoder.sequence(sequence.identifier(), sequence.documents());
            }
            return encoder.finish();
        } catch (RuntimeException e) {
            encoder.release();
            throw e;
        }
    }

    private void write(int length, BsonDocument command) {
        try {
            if (sendCompressor != null && !UncompressibleCommands.isUncompressible(command)) {
                int frameLength = compressedEncoder.encode(encoder.bytes(), length, sendCompressor);
                if (frameLength <= limits.maxMessageSizeBytes()) {
                    stream.write(compressedEncoder.bytes(), 0, frameLength);
                    return;
                }
            }
            stream.write(encoder.bytes(), 0, length);
        } catch (IOException e) {
            throw new MongoSocketWriteException("Writing to " + address + " failed: " + e.getMessage(), address, e);
        } finally {
            encoder.release();
            if (compressedEncoder != null) {
                compressedEncoder.release();
            }
        }
    }

    private OpMsgReply read(int requestId) {
        try {
            stream.readFully(header, 0, MessageHeader.LENGTH);
            MessageHeader h = MessageHeader.parseReply(header, 0, limits.maxMessageSizeBytes(), address);
            if (h.responseTo() != requestId) {
                throw new MongoProtocolException("Reply from " + address + " answers request " + h.responseTo()
                        + ", expected " + requestId, address);
            }
            byte[] message = new byte[h.messageLength()];
            System.arraycopy(header, 0, message, 0, MessageHeader.LENGTH);
            stream.readFully(message, MessageHeader.LENGTH, message.length - MessageHeader.LENGTH);
            if (h.isCompressed()) {
                message = OpCompressedDecoder.decompress(message, limits.maxMessageSizeBytes(), address,
                        compression::forId);
            }
            OpMsgReply reply = OpMsgDecoder.decode(message, limits.maxMessageSizeBytes(), address);
            if (reply.moreToCome()) {
                throw new MongoProtocolException("Reply from " + address
                        + " sets moreToCome although exhaust was not requested", address);
            }
            return reply;
        } catch (SocketTimeoutException e) {
            throw new MongoSocketReadTimeoutException("Timed out reading a reply from " + address + ": "
                    + e.getMessage(), address, e);
        } catch (IOException e) {
            throw new MongoSocketReadException("Reading a reply from " + address + " failed: " + e.getMessage(),
                    address, e);
        }
    }

    /** Replies rarely carry kind-1 sections; when they do, they become array fields of the body. */
    private static BsonDocument withSequences(OpMsgReply reply) {
        BsonDocument merged = new BsonDocument();
        merged.putAll(reply.body());
        for (ReplySequence sequence : reply.sequences()) {
            merged.put(sequence.identifier(), new BsonArray(List.copyOf(sequence.documents())));
        }
        return merged;
    }

    private static boolean isOk(BsonDocument body) {
        BsonValue ok = body.get("ok");
        if (ok == null) {
            return false;
        }
        if (ok.isBoolean()) {
            return ok.asBoolean().getValue();
        }
        return ok.isNumber() && ok.asNumber().doubleValue() == 1.0;
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new MongoConnectionClosedException("The connection to " + address + " is closed");
        }
    }

    @Override
    public boolean isClosed() {
        return closed.get() || stream.isClosed();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stream.close();
            LOGGER.log(System.Logger.Level.DEBUG, "Closed connection to {0}", address);
        }
    }

    @Override
    public String toString() {
        return "StreamConnection[" + address + (closed.get() ? ", closed" : "") + "]";
    }
}
