package io.connectmongodb.driver.internal.compression;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configured wire compression: compressor names in order of preference and the zlib level.
 *
 * @param compressors          {@code snappy}, {@code zlib}, {@code zstd} in order of preference; empty for none
 * @param zlibCompressionLevel -1 (zlib's default) to 9
 */
public record CompressionSettings(List<String> compressors, int zlibCompressionLevel) {
    /** zlib's own default level. */
    public static final int DEFAULT_ZLIB_LEVEL = -1;

    private static final CompressionSettings NONE = new CompressionSettings(List.of(), DEFAULT_ZLIB_LEVEL);

    public CompressionSettings {
        compressors = validatedNames(compressors);
        validateZlibLevel(zlibCompressionLevel);
    }

    /** No compression. */
    public static CompressionSettings none() {
        return NONE;
    }

    public boolean isEnabled() {
        return !compressors.isEmpty();
    }

    /** Checks names: non-null, known and not repeated; returns an immutable copy. */
    public static List<String> validatedNames(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("compressors must not be null (use an empty list for none)");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null) {
                throw new IllegalArgumentException("compressors must not contain null");
            }
            if (!CompressorIds.CONFIGURABLE_NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown compressor '" + name + "'; supported: "
                        + CompressorIds.CONFIGURABLE_NAMES);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("compressor '" + name + "' is listed twice");
            }
        }
        return List.copyOf(names);
    }

    /** Checks that {@code level} is -1 to 9. */
    public static int validateZlibLevel(int level) {
        if (level < -1 || level > 9) {
            throw new IllegalArgumentException("zlibCompressionLevel must be between -1 and 9, was " + level);
        }
        return level;
    }
}
