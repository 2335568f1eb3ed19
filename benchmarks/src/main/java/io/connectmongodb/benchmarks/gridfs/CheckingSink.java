package io.connectmongodb.benchmarks.gridfs;

import java.io.OutputStream;
import java.util.zip.CRC32;

/**
 * Keeps nothing of what is written but its length and, optionally, its CRC-32, so a download of any
 * size can be checked against {@link RepeatingContent} without holding it. The benchmark rounds
 * count only (a checksum would add the same CPU to both sides); the heap-bound probe checksums.
 */
public final class CheckingSink extends OutputStream {
    private final CRC32 crc;
    private long count;

    public CheckingSink(boolean checksum) {
        crc = checksum ? new CRC32() : null;
    }

    @Override
    public void write(int b) {
        count++;
        if (crc != null) {
            crc.update(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
        if (crc != null) {
            crc.update(b, off, len);
        }
    }

    /** Fails unless exactly {@code length} bytes of {@link RepeatingContent} came (checksum when kept). */
    public void expect(long length) {
        if (count != length) {
            throw new IllegalStateException("GridFS download returned " + count + " bytes, expected " + length);
        }
        if (crc != null && crc.getValue() != RepeatingContent.crc32(length)) {
            throw new IllegalStateException("GridFS download returned " + length + " bytes with the wrong content (CRC-32)");
        }
    }
}
