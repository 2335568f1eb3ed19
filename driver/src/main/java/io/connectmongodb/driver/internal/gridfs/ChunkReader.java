package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.error.GridFSCorruptFileException;
import io.connectmongodb.driver.gridfs.GridFSFile;
import java.nio.ByteBuffer;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * Reads a file's chunks in order, from a given chunk on, checking each against the files
 * document.
 *
 * <p>A file of {@code length} bytes in chunks of {@code chunkSize} has
 * {@code ceil(length / chunkSize)} chunks numbered from 0; every chunk but the last holds exactly
 * {@code chunkSize} bytes and the last holds the rest. The chunks are asked for sorted by
 * {@code n}, in batches sized by {@link ChunkBatching}, so at most one batch is in memory. A chunk
 * whose {@code n} is not the next expected one means one is missing; a chunk of the wrong size, a
 * chunk without binary data, or any chunk after the last one makes the file corrupt.
 *
 * <p>Chunks are read in the reply bytes: a plain valid chunk ({@link ChunkSlice#plain}) is handed
 * out as a slice of the reply, so its data is copied only into the caller's buffer. Any other
 * chunk is decoded and checked as a document, which keeps the errors (and their messages) and the
 * acceptance of legal oddities exactly those of a decoded chunk.
 */
final class ChunkReader implements AutoCloseable {
    private static final BsonDocumentCodec DOCUMENT_CODEC = new BsonDocumentCodec();
    private final GridFSFile file;
    private final long chunkCount;
    private final ChunkCursor cursor;
    private long expectedN;

    ChunkReader(BucketCommands commands, GridFSFile file, long firstChunk, int batchSize) {
        this.file = file;
        this.chunkCount = chunkCount(file.getLength(), file.getChunkSize());
        this.expectedN = firstChunk;
        BsonDocument filter = new BsonDocument("files_id", file.getId());
        if (firstChunk > 0) {
            filter.append("n", new BsonDocument("$gte", new BsonInt32((int) firstChunk)));
        }
        this.cursor = commands.findChunks(filter, batchSize);
    }

    static long chunkCount(long length, int chunkSize) {
        return length == 0 ? 0 : (length + chunkSize - 1) / chunkSize;
    }

    /** The expected size of chunk {@code n}. */
    static int expectedSize(long n, long length, int chunkSize) {
        long start = n * chunkSize;
        return (int) Math.min(chunkSize, length - start);
    }

    /** The data of the next chunk, or {@code null} after the last one; a slice stays valid after later calls. */
    ChunkSlice next() {
        if (expectedN >= chunkCount) {
            return null;
        }
        if (!cursor.hasNext()) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " is missing (the file has "
                    + chunkCount + " chunks)");
        }
        RawBsonDocument chunk = cursor.next();
        int expected = expectedSize(expectedN, file.getLength(), file.getChunkSize());
        ByteBuffer buffer = chunk.getByteBuffer().asNIO();
        ChunkSlice slice = ChunkSlice.plain(buffer.array(), buffer.arrayOffset() + buffer.position(), expectedN, expected);
        if (slice == null) {
            slice = ChunkSlice.of(checkedData(decoded(chunk), expected));
        }
        expectedN++;
        if (expectedN == chunkCount && cursor.hasNext()) {
            throw new GridFSCorruptFileException("file " + file.getId() + " has an extra chunk " + decoded(cursor.next()).get("n")
                    + " after its last chunk " + (chunkCount - 1));
        }
        return slice;
    }

    /** The data of a chunk that is not plainly valid, checked as a decoded document. */
    private byte[] checkedData(BsonDocument chunk, int expected) {
        BsonValue n = chunk.get("n");
        if (n == null || !n.isNumber() || n.asNumber().longValue() != expectedN) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " is missing: found chunk "
                    + n + " instead");
        }
        BsonValue data = chunk.get("data");
        if (data == null || !data.isBinary()) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " has no binary data");
        }
        byte[] bytes = data.asBinary().getData();
        if (bytes.length != expected) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " holds " + bytes.length
                    + " bytes, expected " + expected);
        }
        return bytes;
    }

    private static BsonDocument decoded(RawBsonDocument chunk) {
        return chunk.decode(DOCUMENT_CODEC);
    }

    @Override
    public void close() {
        cursor.close();
    }
}
