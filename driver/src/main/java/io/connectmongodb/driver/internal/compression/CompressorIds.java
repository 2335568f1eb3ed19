package io.connectmongodb.driver.internal.compression;

import java.util.List;

/** The compressor names and {@code compressorId}s of the OP_COMPRESSED spec; ids 4-255 are reserved. */
public final class CompressorIds {
    public static final int NOOP = 0;
    public static final int SNAPPY = 1;
    public static final int ZLIB = 2;
    public static final int ZSTD = 3;

    /** The names a user may configure (noop exists for testing only and is never offered). */
    public static final List<String> CONFIGURABLE_NAMES = List.of("snappy", "zlib", "zstd");

    private CompressorIds() {
    }

    /** The name for {@code id}, or {@code null} for a reserved id. */
    public static String nameOf(int id) {
        switch (id) {
            case NOOP:
                return "noop";
            case SNAPPY:
                return "snappy";
            case ZLIB:
                return "zlib";
            case ZSTD:
                return "zstd";
            default:
                return null;
        }
    }
}
