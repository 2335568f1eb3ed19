package io.connectmongodb.driver.internal.compression;

/**
 * Instantiates compressors by name. The zstd and snappy classes are named only inside the switch
 * arms, so the JVM resolves them (and through them the optional libraries) only when one of those
 * arms runs, never merely because this class was loaded.
 */
final class Codecs {
    private Codecs() {
    }

    static Compressor instantiate(String name, int zlibLevel) {
        switch (name) {
            case "noop":
                return new NoopCompressor();
            case "zlib":
                return new ZlibCompressor(zlibLevel);
            case "zstd":
                return new ZstdCompressor();
            case "snappy":
                return new SnappyCompressor();
            default:
                throw new IllegalArgumentException("unknown compressor '" + name + "'; known: "
                        + CompressorIds.CONFIGURABLE_NAMES);
        }
    }
}
