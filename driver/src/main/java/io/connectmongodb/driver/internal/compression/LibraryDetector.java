package io.connectmongodb.driver.internal.compression;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Detects the optional codec libraries the first time each is asked about: the library's entry
 * class must load ({@link Class#forName} without initialising), then a self-test must compress
 * and decompress a small sample through our codec class (which also loads any native code). A
 * library that is absent or fails in any way is reported unavailable with one DEBUG log line, and
 * that compressor is then never offered. Results are kept for the JVM's life.
 */
final class LibraryDetector implements CodecLibraries {
    static final LibraryDetector INSTANCE = new LibraryDetector();

    private static final System.Logger LOGGER = System.getLogger(LibraryDetector.class.getName());
    private static final byte[] SAMPLE = "connect-mongodb compression self-test, connect-mongodb compression self-test"
            .getBytes(StandardCharsets.US_ASCII);

    private final ConcurrentMap<String, Boolean> results = new ConcurrentHashMap<>();

    private LibraryDetector() {
    }

    @Override
    public boolean isAvailable(String name) {
        switch (name) {
            case "noop":
            case "zlib":
                return true;
            case "zstd":
                return results.computeIfAbsent(name, n -> probe(n, "com.github.luben.zstd.Zstd", "com.github.luben:zstd-jni"));
            case "snappy":
                return results.computeIfAbsent(name, n -> probe(n, "org.xerial.snappy.Snappy", "org.xerial.snappy:snappy-java"));
            default:
                return false;
        }
    }

    private static boolean probe(String name, String entryClass, String artifact) {
        try {
            Class.forName(entryClass, false, LibraryDetector.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOGGER.log(Level.DEBUG, "{0} is not on the class path: the {1} compressor is not offered", artifact, name);
            return false;
        }
        try {
            selfTest(Codecs.instantiate(name, -1));
            return true;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // native loading fails with Errors of several kinds; all mean "unusable"
            LOGGER.log(Level.DEBUG, "{0} is present but failed its self-test ({1}): the {2} compressor is not offered",
                    artifact, e.toString(), name);
            return false;
        }
    }

    private static void selfTest(Compressor compressor) throws java.util.zip.DataFormatException {
        byte[] compressed = new byte[compressor.maxCompressedLength(SAMPLE.length)];
        int length = compressor.compress(SAMPLE, 0, SAMPLE.length, compressed, 0);
        byte[] restored = new byte[SAMPLE.length];
        compressor.decompress(compressed, 0, length, restored, 0, SAMPLE.length);
        if (!Arrays.equals(SAMPLE, restored)) {
            throw new IllegalStateException("the round trip changed the sample");
        }
    }
}
