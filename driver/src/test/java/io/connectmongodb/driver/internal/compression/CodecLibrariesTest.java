package io.connectmongodb.driver.internal.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/**
 * Library detection. The real absence of zstd-jni and snappy-java is shown by loading the driver's
 * classes in a class loader that sees only the driver and bson: there the detector must report
 * both unavailable, log why at DEBUG, and zlib must still work.
 */
class CodecLibrariesTest {

    @Test
    void theTestClassPathHasEveryLibrary() {
        CodecLibraries libraries = CodecLibraries.detected();
        for (String name : List.of("noop", "zlib", "zstd", "snappy")) {
            assertTrue(libraries.isAvailable(name), name);
        }
        assertFalse(libraries.isAvailable("lz4"));
    }

    @Test
    void forcedLibrariesRefuseToCreateWhatIsAbsent() {
        CodecLibraries zlibOnly = CodecLibraries.only(Set.of("zlib"));
        assertTrue(zlibOnly.isAvailable("noop"));
        assertFalse(zlibOnly.isAvailable("zstd"));
        assertEquals("zlib", zlibOnly.create("zlib", 3).name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> zlibOnly.create("snappy", -1));
        assertTrue(e.getMessage().contains("snappy"), e.getMessage());
    }

    @Test
    void withoutTheOptionalJarsZstdAndSnappyAreAbsentAndZlibStillWorks() throws Exception {
        URL driverClasses = CodecLibraries.class.getProtectionDomain().getCodeSource().getLocation();
        URL bson = BsonDocument.class.getProtectionDomain().getCodeSource().getLocation();
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(LibraryDetector.class.getName());
        Level previous = logger.getLevel();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {driverClasses, bson},
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> isolated.loadClass("com.github.luben.zstd.Zstd"));
            Class<?> libraries = isolated.loadClass(CodecLibraries.class.getName());
            Object detected = libraries.getMethod("detected").invoke(null);
            Method isAvailable = libraries.getMethod("isAvailable", String.class);

            assertEquals(false, isAvailable.invoke(detected, "zstd"));
            assertEquals(false, isAvailable.invoke(detected, "snappy"));
            assertEquals(true, isAvailable.invoke(detected, "zlib"));

            Object zlib = libraries.getMethod("create", String.class, int.class).invoke(detected, "zlib", 9);
            Class<?> compressor = isolated.loadClass(Compressor.class.getName());
            byte[] input = CompressorRoundTripTest.tweetLike(10);
            byte[] target = new byte[(int) compressor.getMethod("maxCompressedLength", int.class).invoke(zlib, input.length)];
            int length = (int) compressor.getMethod("compress", byte[].class, int.class, int.class, byte[].class, int.class)
                    .invoke(zlib, input, 0, input.length, target, 0);
            assertTrue(length > 0 && length < input.length);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(previous);
        }
        List<String> messages = new ArrayList<>();
        for (LogRecord record : records) {
            assertEquals(Level.FINE, record.getLevel());
            messages.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
        }
        assertTrue(messages.stream().anyMatch(m -> m.contains("zstd-jni is not on the class path")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("snappy-java is not on the class path")), messages.toString());
    }
}
