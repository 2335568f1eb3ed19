package io.connectmongodb.benchmarks.gridfs;

import java.io.InputStream;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * A long, deterministic content stream that does not live on the heap: a seeded pseudo-random block
 * of {@value #BLOCK_BYTES} bytes repeated until {@code length} bytes are read. The block size is not
 * a multiple of the GridFS chunk size, so consecutive chunks differ. Reading allocates nothing, so a
 * streaming row's allocation is the driver's. {@link #crc32(long)} gives the checksum a download
 * must reproduce.
 */
public final class RepeatingContent extends InputStream {
    static final int BLOCK_BYTES = 1_000_003;
    private static final byte[] BLOCK = block();

    private final long length;
    private long position;

    public RepeatingContent(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        this.length = length;
    }

    private static byte[] block() {
        byte[] block = new byte[BLOCK_BYTES];
        new Random(1024).nextBytes(block);
        return block;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return BLOCK[(int) (position++ % BLOCK_BYTES)] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int count) {
        if (offset < 0 || count < 0 || count > target.length - offset) {
            throw new IndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + target.length);
        }
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int copied = 0;
        while (copied < count && position < length) {
            int inBlock = (int) (position % BLOCK_BYTES);
            int n = (int) Math.min(Math.min(count - copied, BLOCK_BYTES - inBlock), length - position);
            System.arraycopy(BLOCK, inBlock, target, offset + copied, n);
            copied += n;
            position += n;
        }
        return copied;
    }

    /** The CRC-32 of the first {@code length} bytes of this content. */
    public static long crc32(long length) {
        CRC32 crc = new CRC32();
        long remaining = length;
        while (remaining > 0) {
            int n = (int) Math.min(remaining, BLOCK_BYTES);
            crc.update(BLOCK, 0, n);
            remaining -= n;
        }
        return crc.getValue();
    }
}
