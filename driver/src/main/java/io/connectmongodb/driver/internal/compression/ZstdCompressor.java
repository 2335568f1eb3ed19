package io.connectmongodb.driver.internal.compression;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import java.util.zip.DataFormatException;

/**
 * compressorId 3: Zstandard frames through the optional {@code com.github.luben:zstd-jni}.
 * This is the only class that references zstd-jni; it is loaded only after
 * {@link CodecLibraries} found the library working.
 *
 * <p>Decompression writes into a destination of exactly the declared size; zstd reports an
 * error (an error code or a {@link ZstdException}, depending on the zstd-jni version) instead of
 * writing past it, and a shorter result is a size mismatch.
 */
final class ZstdCompressor implements Compressor {
    private final int level = Zstd.defaultCompressionLevel();

    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public int id() {
        return CompressorIds.ZSTD;
    }

    @Override
    public int maxCompressedLength(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 64, Zstd.compressBound(length));
    }

    @Override
    public int compress(byte[] source, int offset, int length, byte[] target, int targetOffset) {
        long result = Zstd.compressByteArray(target, targetOffset, maxCompressedLength(length),
                source, offset, length, level);
        if (Zstd.isError(result)) {
            throw new IllegalStateException("zstd compression failed: " + Zstd.getErrorName(result));
        }
        return (int) result;
    }

    @Override
    public void decompress(byte[] source, int offset, int length, byte[] target, int targetOffset, int expectedLength)
            throws DataFormatException {
        long result;
        try {
            result = Zstd.decompressByteArray(target, targetOffset, expectedLength, source, offset, length);
        } catch (ZstdException e) { // newer zstd-jni versions throw where older ones returned an error code
            throw new DataFormatException("zstd payload does not decompress into the declared uncompressedSize "
                    + expectedLength + ": " + e.getMessage());
        }
        if (Zstd.isError(result)) {
            throw new DataFormatException("zstd payload does not decompress into the declared uncompressedSize "
                    + expectedLength + ": " + Zstd.getErrorName(result));
        }
        if (result != expectedLength) {
            throw new DataFormatException("zstd payload decompresses to " + result
                    + " bytes but uncompressedSize is " + expectedLength);
        }
    }
}
