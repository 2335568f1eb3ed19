package io.connectmongodb.driver.internal.compression;

import java.util.zip.DataFormatException;

/** compressorId 0: the payload is the message body unchanged. The spec keeps it for testing. */
final class NoopCompressor implements Compressor {

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public int id() {
        return CompressorIds.NOOP;
    }

    @Override
    public int maxCompressedLength(int length) {
        return length;
    }

    @Override
    public int compress(byte[] source, int offset, int length, byte[] target, int targetOffset) {
        System.arraycopy(source, offset, target, targetOffset, length);
        return length;
    }

    @Override
    public void decompress(byte[] source, int offset, int length, byte[] target, int targetOffset, int expectedLength)
            throws DataFormatException {
        if (length != expectedLength) {
            throw new DataFormatException("noop payload has " + length + " bytes but uncompressedSize is "
                    + expectedLength);
        }
        System.arraycopy(source, offset, target, targetOffset, length);
    }
}
