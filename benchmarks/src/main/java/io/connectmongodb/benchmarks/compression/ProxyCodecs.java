package io.connectmongodb.benchmarks.compression;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.xerial.snappy.Snappy;

/**
 * The compressing proxy's own codecs, written straight against the standard libraries
 * (java.util.zip, zstd-jni, snappy-java) and independent of the driver's compression classes, so
 * that the proxy is a second implementation the driver is checked against.
 */
final class ProxyCodecs {
    static final int NOOP = 0;
    static final int SNAPPY = 1;
    static final int ZLIB = 2;
    static final int ZSTD = 3;

    private ProxyCodecs() {
    }

    static int idOf(String name) {
        switch (name) {
            case "noop":
                return NOOP;
            case "snappy":
                return SNAPPY;
            case "zlib":
                return ZLIB;
            case "zstd":
                return ZSTD;
            default:
                throw new IllegalArgumentException("no compressor named " + name);
        }
    }

    static String nameOf(int id) {
        return switch (id) {
            case NOOP -> "noop";
            case SNAPPY -> "snappy";
            case ZLIB -> "zlib";
            case ZSTD -> "zstd";
            default -> throw new IllegalArgumentException("unknown compressorId " + id);
        };
    }

    static byte[] compress(int id, byte[] data) throws IOException {
        switch (id) {
            case NOOP:
                return data.clone();
            case SNAPPY:
                return Snappy.compress(data);
            case ZLIB: {
                Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
                try {
                    deflater.setInput(data);
                    deflater.finish();
                    byte[] out = new byte[data.length + data.length / 100 + 64];
                    int length = 0;
                    while (!deflater.finished()) {
                        if (length == out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                        }
                        length += deflater.deflate(out, length, out.length - length);
                    }
                    return Arrays.copyOf(out, length);
                } finally {
                    deflater.end();
                }
            }
            case ZSTD:
                return Zstd.compress(data);
            default:
                throw new IllegalArgumentException("unknown compressorId " + id);
        }
    }

    static byte[] decompress(int id, byte[] data, int uncompressedSize) throws IOException {
        switch (id) {
            case NOOP:
                return data.clone();
            case SNAPPY:
                return Snappy.uncompress(data);
            case ZLIB: {
                Inflater inflater = new Inflater();
                try {
                    inflater.setInput(data);
                    byte[] out = new byte[uncompressedSize];
                    int length = 0;
                    while (!inflater.finished() && length < out.length) {
                        int n = inflater.inflate(out, length, out.length - length);
                        if (n == 0 && inflater.needsInput()) {
                            throw new IOException("truncated zlib stream");
                        }
                        length += n;
                    }
                    return Arrays.copyOf(out, length);
                } catch (DataFormatException e) {
                    throw new IOException(e);
                } finally {
                    inflater.end();
                }
            }
            case ZSTD:
                return Zstd.decompress(data, uncompressedSize);
            default:
                throw new IllegalArgumentException("unknown compressorId " + id);
        }
    }
}
