package io.connectmongodb.driver.internal.compression;

import java.util.Set;

/**
 * Which compressors this JVM can run. zlib (in the JDK) and noop always can; zstd and snappy need
 * their optional libraries. {@link #detected()} looks once per library, on first need;
 * {@link #only(Set)} fixes the answer, so tests can simulate a missing library.
 */
public interface CodecLibraries {

    /** Whether the compressor named {@code name} can be used; false for unknown names. */
    boolean isAvailable(String name);

    /**
     * A new compressor named {@code name}.
     *
     * @param zlibLevel the zlib level (-1 to 9); ignored by the other compressors
     * @throws IllegalStateException when {@link #isAvailable(String)} is false for it
     */
    default Compressor create(String name, int zlibLevel) {
        if (!isAvailable(name)) {
            throw new IllegalStateException("the " + name + " compressor is not available");
        }
        return Codecs.instantiate(name, zlibLevel);
    }

    /** What the class path actually offers, detected lazily and remembered for the JVM's life. */
    static CodecLibraries detected() {
        return LibraryDetector.INSTANCE;
    }

    /** Exactly the compressors in {@code available} (plus noop), whatever the class path has. */
    static CodecLibraries only(Set<String> available) {
        Set<String> names = Set.copyOf(available);
        return name -> "noop".equals(name) || names.contains(name);
    }
}
