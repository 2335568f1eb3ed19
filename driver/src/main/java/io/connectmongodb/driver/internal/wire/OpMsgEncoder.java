package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.error.MongoSizeLimitExceededException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32C;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

/**
 * Encodes OP_MSG messages into one growable buffer that is reused from message to message, so a
 * connection allocates nothing per message once the buffer has grown to its working size.
 *
 * <p>Use: {@link #start}, one {@link #body}, any number of {@link #sequence}s (kind-1 sections, for
 * insert/update/delete batches), then {@link #finish}; the message is then {@code bytes()[0 ..
 * length)}. {@link RawBsonDocument}s are copied byte for byte; other documents are written
 * directly into the buffer by {@link CommandDocumentWriter} (no codec registry look-ups;
 * an {@link AmendedCommand} is written with its added fields, never copied). Before a sequence of
 * encoded documents the buffer is grown once to its final size. Every document is checked against {@code maxBsonObjectSize}
 * (the body gets the spec's extra 16 KiB) and the message against {@code maxMessageSizeBytes} as it
 * is written, so an oversized message fails here, before any byte reaches the network.
 *
 * <p>Not thread-safe: one encoder per connection.
 */
public final class OpMsgEncoder {
    /** A buffer that grew beyond this for one large message is dropped after it, not kept per connection. */
    private static final int RETAINED_CAPACITY = 4 * 1024 * 1024;
    private static final int INITIAL_CAPACITY = 1024;

    private BasicOutputBuffer buffer = new BasicOutputBuffer(INITIAL_CAPACITY);
    private MessageLimits limits;
    private int flags;
    private boolean bodyWritten;

    /** Begins a message. Anything left from an earlier, unfinished message is discarded. */
    public void start(int requestId, int responseTo, int flags, MessageLimits limits) {
        if ((flags & OpMsgFlags.MORE_TO_COME) != 0 && (flags & OpMsgFlags.EXHAUST_ALLOWED) != 0) {
            throw new IllegalArgumentException("moreToCome and exhaustAllowed cannot both be set");
        }
        this.limits = limits;
        this.flags = flags;
        this.bodyWritten = false;
        buffer.truncateToPosition(0);
        buffer.writeInt32(0); // messageLength, patched by finish()
        buffer.writeInt32(requestId);
        buffer.writeInt32(responseTo);
        buffer.writeInt32(MessageHeader.OP_MSG);
        buffer.writeInt32(flags);
    }

    /** Writes the kind-0 section: the command (or reply) document. */
    public void body(BsonDocument body) {
        requireStarted();
        if (bodyWritten) {
            throw new IllegalStateException("an OP_MSG has exactly one body section");
        }
        if (body == null) {
            throw new IllegalArgumentException("the command body must not be null");
        }
        buffer.writeByte(0);
        writeDocument(body, limits.maxCommandBodySize(), "command body");
        bodyWritten = true;
    }

    /** Writes a kind-1 section: {@code identifier} (e.g. {@code documents}) and its documents. */
    public void sequence(String identifier, List<? extends BsonDocument> documents) {
        requireStarted();
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("a document sequence needs a non-empty identifier");
        }
        ByteBuffer[] rawViews = reserveFor(documents);
        buffer.writeByte(1);
        int sizePosition = buffer.getPosition();
        buffer.writeInt32(0); // section size, patched below
        buffer.writeCString(identifier);
        String what = "document in sequence '" + identifier + "'";
        int index = 0;
        for (BsonDocument document : documents) {
            if (document == null) {
                throw new IllegalArgumentException("document sequence '" + identifier + "' contains null");
            }
            if (rawViews != null) {
                writeRaw(rawViews[index++], limits.maxBsonObjectSize(), what);
            } else {
                writeDocument(document, limits.maxBsonObjectSize(), what);
            }
        }
        buffer.writeInt32(sizePosition, buffer.getPosition() - sizePosition);
    }

    /** Completes the message (length, optional checksum) and returns its length in bytes. */
    public int finish() {
        requireStarted();
        if (!bodyWritten) {
            throw new IllegalStateException("an OP_MSG needs a body section");
        }
        if ((flags & OpMsgFlags.CHECKSUM_PRESENT) != 0) {
            checkMessageSize(buffer.getPosition() + 4);
            buffer.writeInt32(0); // placeholder so the length is final before the CRC covers it
            int end = buffer.getPosition() - 4;
            buffer.writeInt32(0, buffer.getPosition());
            CRC32C crc = new CRC32C();
            crc.update(buffer.getInternalBuffer(), 0, end);
            buffer.writeInt32(end, (int) crc.getValue());
        } else {
            buffer.writeInt32(0, buffer.getPosition());
        }
        limits = null;
        return buffer.getPosition();
    }

    /** The encoded message is {@code bytes()[0 .. finish())}; valid until the next {@link #start}. */
    public byte[] bytes() {
        return buffer.getInternalBuffer();
    }

    /** Forgets the last message and drops the buffer if one huge message inflated it. */
    public void release() {
        limits = null;
        if (buffer.getInternalBuffer().length > RETAINED_CAPACITY) {
            buffer = new BasicOutputBuffer(INITIAL_CAPACITY);
        } else {
            buffer.truncateToPosition(0);
        }
    }

    /**
     * Grows the buffer once to hold a sequence of encoded documents (plus its section header), so a
     * multi-megabyte batch is not copied again and again by the buffer doubling its size. Returns
     * the documents' byte views, opened once here and reused to copy them (each
     * {@code getByteBuffer()} allocates two objects), or null when a document is not encoded yet.
     */
    private ByteBuffer[] reserveFor(List<? extends BsonDocument> documents) {
        long needed = buffer.getPosition() + 1 + 4 + 256 + 4; // section kind, size, identifier, checksum
        ByteBuffer[] views = new ByteBuffer[documents.size()];
        int index = 0;
        for (BsonDocument document : documents) {
            if (!(document instanceof RawBsonDocument raw)) {
                return null; // sizes unknown until encoded; let the buffer grow as it writes
            }
            ByteBuffer view = raw.getByteBuffer().asNIO();
            views[index++] = view;
            needed += view.remaining();
        }
        if (needed > buffer.getInternalBuffer().length && needed <= Integer.MAX_VALUE - 8) {
            BasicOutputBuffer larger = new BasicOutputBuffer((int) needed);
            larger.write(buffer.getInternalBuffer(), 0, buffer.getPosition());
            buffer = larger;
        }
        return views;
    }

    private void writeDocument(BsonDocument document, int maxDocumentSize, String what) {
        if (document instanceof RawBsonDocument) {
            writeRaw(((RawBsonDocument) document).getByteBuffer().asNIO(), maxDocumentSize, what);
        } else {
            int start = buffer.getPosition();
            CommandDocumentWriter.writeDocument(buffer, document);
            int size = buffer.getPosition() - start;
            checkDocumentSize(size, maxDocumentSize, what);
            checkMessageSize(buffer.getPosition());
        }
    }

    private void writeRaw(ByteBuffer bytes, int maxDocumentSize, String what) {
        int size = bytes.remaining();
        checkDocumentSize(size, maxDocumentSize, what);
        checkMessageSize(buffer.getPosition() + size);
        if (bytes.hasArray()) {
            buffer.writeBytes(bytes.array(), bytes.arrayOffset() + bytes.position(), size);
        } else {
            byte[] copy = new byte[size];
            bytes.duplicate().get(copy);
            buffer.writeBytes(copy, 0, size);
        }
    }

    private static void checkDocumentSize(int size, int max, String what) {
        if (size > max) {
            throw new MongoSizeLimitExceededException("The " + what + " is " + size
                    + " bytes, more than the server's limit of " + max + " bytes");
        }
    }

    private void checkMessageSize(int size) {
        if (size > limits.maxMessageSizeBytes()) {
            throw new MongoSizeLimitExceededException("The message would be at least " + size
                    + " bytes, more than maxMessageSizeBytes " + limits.maxMessageSizeBytes());
        }
    }

    private void requireStarted() {
        if (limits == null) {
            throw new IllegalStateException("start() must be called first");
        }
    }
}
