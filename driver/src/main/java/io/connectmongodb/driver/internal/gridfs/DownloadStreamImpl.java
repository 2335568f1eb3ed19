package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.gridfs.GridFSDownloadStream;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.gridfs.GridFSProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The lazy download stream: it holds one chunk's data (a {@link ChunkSlice}, usually of the reply
 * it arrived in) and a {@link ChunkReader} that is opened on the first read. Reads copy from the
 * slice straight into the caller's array, and {@link #transferTo} writes the slices themselves, so
 * the data is copied once on its way out. A skip inside the current chunk moves the offset; a skip beyond it drops the
 * reader, and the next read opens a new one at the chunk holding the new position, so skipping
 * never transfers the skipped chunks.
 */
final class DownloadStreamImpl extends GridFSDownloadStream {
    private final BucketCommands commands;
    private final GridFSFile file;
    private final int batchSize;
    private final GridFSProgressListener listener;
    private ChunkReader reader;
    private ChunkSlice chunk;
    private int offsetInChunk;
    private long position;
    private long reported = -1;
    private boolean closed;

    DownloadStreamImpl(BucketCommands commands, GridFSFile file, int batchSize, GridFSProgressListener listener) {
        this.commands = commands;
        this.file = file;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    @Override
    public GridFSFile getGridFSFile() {
        return file;
    }

    @Override
    public int read() {
        ensureOpen();
        if (!ensureChunk()) {
            report(file.getLength());
            return -1;
        }
        int value = chunk.bytes()[chunk.offset() + offsetInChunk] & 0xFF;
        offsetInChunk++;
        position++;
        return value;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, target.length);
        ensureOpen();
        if (length == 0) {
            return 0;
        }
        if (!ensureChunk()) {
            report(file.getLength());
            return -1;
        }
        int count = Math.min(length, chunk.length() - offsetInChunk);
        System.arraycopy(chunk.bytes(), chunk.offset() + offsetInChunk, target, offset, count);
        offsetInChunk += count;
        position += count;
        return count;
    }

    /** Writes the rest of the file to {@code out} chunk by chunk, from the slices themselves. */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        ensureOpen();
        long transferred = 0;
        while (ensureChunk()) {
            int count = chunk.length() - offsetInChunk;
            out.write(chunk.bytes(), chunk.offset() + offsetInChunk, count);
            offsetInChunk += count;
            position += count;
            transferred += count;
        }
        report(file.getLength());
        return transferred;
    }

    @Override
    public long skip(long n) {
        ensureOpen();
        if (n <= 0) {
            return 0;
        }
        long target = Math.min(file.getLength(), position + n);
        long skipped = target - position;
        if (chunk != null && offsetInChunk + skipped <= chunk.length()) {
            offsetInChunk += (int) skipped;
        } else {
            closeReader();
            chunk = null;
        }
        position = target;
        return skipped;
    }

    @Override
    public int available() {
        return closed || chunk == null ? 0 : chunk.length() - offsetInChunk;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeReader();
            chunk = null;
        }
    }

    /** Makes {@code chunk} hold unread bytes at {@code position}; false at the end of the file. */
    private boolean ensureChunk() {
        if (chunk != null && offsetInChunk < chunk.length()) {
            return true;
        }
        if (position >= file.getLength()) {
            return false;
        }
        long chunkIndex = position / file.getChunkSize();
        if (reader == null) {
            reader = new ChunkReader(commands, file, chunkIndex, batchSize);
        }
        chunk = reader.next();
        offsetInChunk = (int) (position - chunkIndex * file.getChunkSize());
        report(Math.min(file.getLength(), (chunkIndex + 1) * file.getChunkSize()));
        return true;
    }

    private void report(long bytesDone) {
        if (listener != null && bytesDone > reported) {
            reported = bytesDone;
            listener.onProgress(bytesDone, file.getLength());
        }
    }

    private void closeReader() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the GridFS download stream was closed");
        }
    }
}
