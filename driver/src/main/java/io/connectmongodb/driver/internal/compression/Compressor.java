package io.connectmongodb.driver.internal.compression;

import java.util.zip.DataFormatException;

/**
 * One wire compression algorithm (OP_COMPRESSED spec): its handshake name, its one-byte
 * {@code compressorId}, and block compression of a whole message body.
 *
 * <p>{@link #decompress} is the bounded direction: the caller passes a target of exactly the
 * declared {@code uncompressedSize} (already checked against the message size limit), and an
 * implementation must fail rather than write past it, and must fail when the data yields fewer
 * bytes. So a decompression bomb or a lying size never allocates more than the declared size.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface Compressor {

    /** The name used in the handshake and in {@code compressors=}: {@code snappy}, {@code zlib}, {@code zstd}, {@code noop}. */
    String name();

    /** The {@code compressorId} byte of OP_COMPRESSED. */
    int id();

    /** The most bytes {@link #compress} can produce from {@code length} input bytes. */
    int maxCompressedLength(int length);

    /**
     * Compresses {@code source[offset .. offset+length)} into {@code target} from {@code targetOffset},
     * which must have room for {@link #maxCompressedLength(int)} bytes; returns the compressed length.
     */
    int compress(byte[] source, int offset, int length, byte[] target, int targetOffset);

    /**
     * Decompresses {@code source[offset .. offset+length)} into exactly
     * {@code target[targetOffset .. targetOffset+expectedLength)}.
     *
     * @throws DataFormatException when the data is corrupt or truncated, or decompresses to more or
     *     fewer than {@code expectedLength} bytes
     */
    void decompress(byte[] source, int offset, int length, byte[] target, int targetOffset, int expectedLength)
            throws DataFormatException;
}
