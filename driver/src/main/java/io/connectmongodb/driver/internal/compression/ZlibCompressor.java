package io.connectmongodb.driver.internal.compression;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * compressorId 2: a zlib stream (RFC 1950, header and Adler-32 trailer) through
 * {@link java.util.zip}, at the configured level (-1 is zlib's default, 0 stores, 9 is smallest).
 *
 * <p>Inflating is bounded by the declared size: output goes into the exact target; once it is
 * full, one more inflate into a one-byte spill buffer tells whether the stream really ends there
 * (then only its trailer was left) or still has data (a bomb or a lying size). A call that makes
 * no progress on input or output and still needs input means the payload is truncated. After the
 * stream ends, leftover input bytes are rejected too.
 */
final class ZlibCompressor implements Compressor {
    private final int level;

    ZlibCompressor(int level) {
        if (level < -1 || level > 9) {
            throw new IllegalArgumentException("zlibCompressionLevel must be between -1 and 9, was " + level);
        }
        this.level = level;
    }

    int level() {
        return level;
    }

    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public int id() {
        return CompressorIds.ZLIB;
    }

    /** zlib's compressBound, plus room for the stored-block headers of level 0. */
    @Override
    public int maxCompressedLength(int length) {
        long bound = (long) length + (length >>> 12) + (length >>> 14) + (length >>> 25) + 13
                + 5L * (length / 16_000 + 1);
        return (int) Math.min(Integer.MAX_VALUE - 64, bound);
    }

    @Override
    public int compress(byte[] source, int offset, int length, byte[] target, int targetOffset) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(source, offset, length);
            deflater.finish();
            int position = targetOffset;
            int end = targetOffset + maxCompressedLength(length);
            while (!deflater.finished()) {
                if (position == end) {
                    throw new IllegalStateException("zlib output of " + length + " bytes exceeded its bound "
                            + maxCompressedLength(length));
                }
                position += deflater.deflate(target, position, end - position);
            }
            return position - targetOffset;
        } finally {
            deflater.end();
        }
    }

    @Override
    public void decompress(byte[] source, int offset, int length, byte[] target, int targetOffset, int expectedLength)
            throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(source, offset, length);
            int written = 0;
            byte[] spill = new byte[1];
            while (!inflater.finished()) {
                long readBefore = inflater.getBytesRead();
                int produced;
                if (written < expectedLength) {
                    produced = inflater.inflate(target, targetOffset + written, expectedLength - written);
                    written += produced;
                } else {
                    produced = inflater.inflate(spill);
                    if (produced > 0) {
                        throw new DataFormatException("zlib payload inflates to more than the declared uncompressedSize "
                                + expectedLength);
                    }
                }
                if (produced == 0 && !inflater.finished() && inflater.getBytesRead() == readBefore) {
                    if (inflater.needsDictionary()) {
                        throw new DataFormatException("zlib payload needs a preset dictionary");
                    }
                    throw new DataFormatException("zlib payload is truncated after " + written + " of "
                            + expectedLength + " bytes");
                }
            }
            if (written != expectedLength) {
                throw new DataFormatException("zlib payload inflates to " + written
                        + " bytes but uncompressedSize is " + expectedLength);
            }
            if (inflater.getRemaining() > 0) {
                throw new DataFormatException(inflater.getRemaining() + " bytes follow the end of the zlib stream");
            }
        } finally {
            inflater.end();
        }
    }
}
