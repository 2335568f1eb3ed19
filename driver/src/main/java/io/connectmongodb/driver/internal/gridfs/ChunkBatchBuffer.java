package io.connectmongodb.driver.internal.gridfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;

/**
 * One batch of chunk documents, encoded as BSON in a single array that the upload reuses from
 * batch to batch, so uploaded bytes are copied once, from the caller's array straight into their
 * place in a chunk document, and from there only into the insert message.
 *
 * <p>A chunk is opened by its first byte: the header {@code {_id: ObjectId, files_id: <id>, n:
 * <n>, data: BinData(0, ...)}} is written with placeholder lengths, the data follows, and
 * {@link #closeChunk()} patches the binary and document lengths and adds the terminating NUL. The
 * {@code files_id} element is encoded once per upload. {@link #chunks()} are views over the array
 * and stay valid until {@link #clear()}.
 */
final class ChunkBatchBuffer {
    private static final byte[] ID_ELEMENT_NAME = "_id\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] N_ELEMENT_NAME = "n\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA_ELEMENT_NAME = "data\0".getBytes(StandardCharsets.US_ASCII);
    private static final int OBJECT_ID_LENGTH = 12;

    private final byte[] filesIdElement;
    private final int chunkSize;
    private final byte[] bytes;
    private final List<RawBsonDocument> chunks = new ArrayList<>();
    private int position;
    private int chunkStart = -1;
    private int dataStart;
    private int nextN;

    /** Room for {@code slots} chunks of up to {@code chunkSize} bytes of data each. */
    ChunkBatchBuffer(BsonValue filesId, int chunkSize, int slots) {
        if (chunkSize <= 0 || slots <= 0) {
            throw new IllegalArgumentException("chunkSize and slots must be positive: " + chunkSize + ", " + slots);
        }
        this.filesIdElement = encodeElement("files_id", filesId);
        this.chunkSize = chunkSize;
        long capacity = (long) slots * (headerLength() + chunkSize + 1);
        if (capacity > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a batch of " + slots + " chunks of " + chunkSize + " bytes is too large");
        }
        this.bytes = new byte[(int) capacity];
    }

    /** Bytes of data in the open chunk (0 when none is open). */
    int openChunkLength() {
        return chunkStart < 0 ? 0 : position - dataStart;
    }

    /** Closed chunks waiting to be inserted. */
    int chunkCount() {
        return chunks.size();
    }

    /** Appends data to the open chunk (opening one if needed); the caller keeps it within {@code chunkSize}. */
    void write(byte[] source, int offset, int count) {
        openIfNeeded(count);
        System.arraycopy(source, offset, bytes, position, count);
        position += count;
    }

    void write(byte value) {
        openIfNeeded(1);
        bytes[position++] = value;
    }

    /** Completes the open chunk and returns its data length. */
    int closeChunk() {
        if (chunkStart < 0) {
            throw new IllegalStateException("no chunk is open");
        }
        int dataLength = position - dataStart;
        writeInt(dataStart - 5, dataLength); // binary length precedes the subtype byte
        bytes[position++] = 0;
        int documentLength = position - chunkStart;
        writeInt(chunkStart, documentLength);
        chunks.add(new RawBsonDocument(bytes, chunkStart, documentLength));
        chunkStart = -1;
        return dataLength;
    }

    /** The closed chunks, in order; views over the shared array, valid until {@link #clear()}. */
    List<RawBsonDocument> chunks() {
        return chunks;
    }

    /** Forgets the closed chunks so the array can take the next batch. */
    void clear() {
        if (chunkStart >= 0) {
            throw new IllegalStateException("a chunk is still open");
        }
        chunks.clear();
        position = 0;
    }

    private void openIfNeeded(int count) {
        if (openChunkLength() + count > chunkSize) {
            throw new IllegalStateException("a chunk holds at most " + chunkSize + " bytes");
        }
        if (chunkStart < 0) {
            if (nextN == Integer.MAX_VALUE) {
                throw new IllegalStateException("a GridFS file cannot have more than " + Integer.MAX_VALUE + " chunks");
            }
            if (position + headerLength() + chunkSize + 1 > bytes.length) {
                throw new IllegalStateException("the chunk batch is full; insert it before opening another chunk");
            }
            writeHeader(nextN++);
        }
    }

    private void writeHeader(int n) {
        chunkStart = position;
        position += 4; // document length, patched by closeChunk
        bytes[position++] = (byte) BsonType.OBJECT_ID.getValue();
        position = put(ID_ELEMENT_NAME, position);
        new ObjectId().putToByteBuffer(java.nio.ByteBuffer.wrap(bytes, position, OBJECT_ID_LENGTH));
        position += OBJECT_ID_LENGTH;
        position = put(filesIdElement, position);
        bytes[position++] = (byte) BsonType.INT32.getValue();
        position = put(N_ELEMENT_NAME, position);
        writeInt(position, n);
        position += 4;
        bytes[position++] = (byte) BsonType.BINARY.getValue();
        position = put(DATA_ELEMENT_NAME, position);
        position += 4; // binary length, patched by closeChunk
        bytes[position++] = 0; // generic binary subtype
        dataStart = position;
    }

    private int headerLength() {
        return 4 + 1 + ID_ELEMENT_NAME.length + OBJECT_ID_LENGTH + filesIdElement.length
                + 1 + N_ELEMENT_NAME.length + 4 + 1 + DATA_ELEMENT_NAME.length + 4 + 1;
    }

    private int put(byte[] source, int at) {
        System.arraycopy(source, 0, bytes, at, source.length);
        return at + source.length;
    }

    private void writeInt(int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }

    /** The BSON element (type, name, value) of {@code name: value}, cut out of a one-field document. */
    private static byte[] encodeElement(String name, BsonValue value) {
        BasicOutputBuffer out = new BasicOutputBuffer(64);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(out)) {
            new BsonDocumentCodec().encode(writer, new BsonDocument(name, value), EncoderContext.builder().build());
        }
        byte[] document = out.toByteArray();
        return java.util.Arrays.copyOfRange(document, 4, document.length - 1);
    }
}
