package io.connectmongodb.driver.internal.compression;

import java.io.IOException;
import java.util.zip.DataFormatException;
import org.xerial.snappy.Snappy;

/**
 * compressorId 1: raw Snappy blocks through the optional {@code org.xerial.snappy:snappy-java}.
 * This is the only class that references snappy-java; it is loaded only after
 * {@link CodecLibraries} found the library working.
 *
 * <p>A Snappy block starts with its uncompressed length; that length is read and compared with the
 * declared size first, so the block is only decoded into a target it exactly fills.
 */
final class SnappyCompressor implements Compressor {

    @Override
    public String name() {
        return "snappy";
    }

    @Override
    public int id() {
        return CompressorIds.SNAPPY;
    }

    @Override
    public int maxCompressedLength(int length) {
        return Snappy.maxCompressedLength(length);
    }

    @Override
    public int compress(byte[] source, int offset, int length, byte[] target, int targetOffset) {
        try {
            return Snappy.compress(source, offset, length, target, targetOffset);
        } catch (IOException e) {
            throw new IllegalStateException("snappy compression failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void decompress(byte[] source, int offset, int length, byte[] target, int targetOffset, int expectedLength)
            throws DataFormatException {
        try {
            int declared = Snappy.uncompressedLength(source, offset, length);
            if (declared != expectedLength) {
                throw new DataFormatException("snappy block declares " + declared
                        + " bytes but uncompressedSize is " + expectedLength);
            }
            int produced = Snappy.uncompress(source, offset, length, target, targetOffset);
            if (produced != expectedLength) {
                throw new DataFormatException("snappy block decompresses to " + produced
                        + " bytes but uncompressedSize is " + expectedLength);
            }
        } catch (IOException e) {
            throw new DataFormatException("snappy payload is corrupt or truncated: " + e.getMessage());
        }
    }
}
