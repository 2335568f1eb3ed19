package io.connectmongodb.driver.gridfs;

import java.io.InputStream;

/**
 * A download the caller reads from. Chunks are fetched lazily, a server batch at a time, and
 * checked against the files document: a missing, extra or wrongly sized chunk fails with
 * {@link io.connectmongodb.driver.error.GridFSCorruptFileException}. {@link #skip(long)} past the
 * buffered data starts reading again at the chunk holding the new position. Not thread-safe.
 */
public abstract class GridFSDownloadStream extends InputStream {

    /** The files document of the file being read. */
    public abstract GridFSFile getGridFSFile();

    @Override
    public abstract int read();

    @Override
    public abstract int read(byte[] target, int offset, int length);

    @Override
    public int read(byte[] target) {
        return read(target, 0, target.length);
    }

    @Override
    public abstract long skip(long n);

    @Override
    public abstract int available();

    @Override
    public abstract void close();
}
