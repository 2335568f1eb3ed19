package io.connectmongodb.driver.internal.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every compressor: round trips of several shapes of data, and strict failures on bad input. */
class CompressorRoundTripTest {

    static Stream<String> compressorNames() {
        return Stream.of("noop", "zlib", "zstd", "snappy");
    }

    static Stream<Arguments> compressorsAndInputs() {
        return compressorNames().flatMap(name -> Stream.of(
                Arguments.of(name, "one byte", new byte[] {42}),
                Arguments.of(name, "tweet-like json", tweetLike(40)),
                Arguments.of(name, "1 MiB random", random(1 << 20, 7)),
                Arguments.of(name, "1 MiB zeros", new byte[1 << 20])));
    }

    private static Compressor create(String name) {
        CodecLibraries libraries = CodecLibraries.detected();
        assertTrue(libraries.isAvailable(name), name + " must be available on the test class path");
        return libraries.create(name, -1);
    }

    static byte[] tweetLike(int copies) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            text.append("{\"text\":\"@sometimes I wonder how long this goes on #mongodb ").append(i)
                    .append("\",\"user\":{\"screen_name\":\"someone").append(i % 7)
                    .append("\",\"followers_count\":").append(1000 + i).append(",\"lang\":\"en\"},\"retweeted\":false}");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Compresses {@code input} at an offset, so offsets are exercised; returns the exact compressed bytes. */
    static byte[] compress(Compressor compressor, byte[] input) {
        byte[] source = new byte[input.length + 3];
        System.arraycopy(input, 0, source, 3, input.length);
        byte[] target = new byte[5 + compressor.maxCompressedLength(input.length)];
        int length = compressor.compress(source, 3, input.length, target, 5);
        assertTrue(length <= compressor.maxCompressedLength(input.length));
        return Arrays.copyOfRange(target, 5, 5 + length);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("compressorsAndInputs")
    void roundTripRestoresTheInput(String name, String what, byte[] input) throws DataFormatException {
        Compressor compressor = create(name);
        byte[] compressed = compress(compressor, input);

        byte[] restored = new byte[input.length + 2];
        compressor.decompress(compressed, 0, compressed.length, restored, 2, input.length);

        assertArrayEquals(input, Arrays.copyOfRange(restored, 2, restored.length));
        assertEquals(name, compressor.name());
        assertEquals(CompressorIds.nameOf(compressor.id()), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zlib", "zstd", "snappy"})
    void repetitiveDataShrinks(String name) {
        byte[] input = tweetLike(200);
        byte[] compressed = compress(create(name), input);
        assertTrue(compressed.length * 3 < input.length, name + ": " + compressed.length + " of " + input.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 5, 9})
    void everyZlibLevelRoundTrips(int level) throws DataFormatException {
        Compressor zlib = new ZlibCompressor(level);
        byte[] input = tweetLike(100);
        byte[] compressed = compress(zlib, input);
        byte[] restored = new byte[input.length];
        zlib.decompress(compressed, 0, compressed.length, restored, 0, input.length);
        assertArrayEquals(input, restored);
    }

    @ParameterizedTest
    @ValueSource(ints = {-2, 10})
    void zlibLevelOutOfRangeIsRejected(int level) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ZlibCompressor(level));
        assertTrue(e.getMessage().contains("zlibCompressionLevel"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("compressorNames")
    void moreDataThanDeclaredFails(String name) {
        Compressor compressor = create(name);
        byte[] input = tweetLike(20);
        byte[] compressed = compress(compressor, input);
        byte[] target = new byte[input.length];
        assertThrows(DataFormatException.class,
                () -> compressor.decompress(compressed, 0, compressed.length, target, 0, input.length - 1));
    }

    @ParameterizedTest
    @MethodSource("compressorNames")
    void lessDataThanDeclaredFails(String name) {
        Compressor compressor = create(name);
        byte[] input = tweetLike(20);
        byte[] compressed = compress(compressor, input);
        byte[] target = new byte[input.length + 1];
        assertThrows(DataFormatException.class,
                () -> compressor.decompress(compressed, 0, compressed.length, target, 0, input.length + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zlib", "zstd", "snappy"})
    void truncatedPayloadFails(String name) {
        Compressor compressor = create(name);
        byte[] input = random(4096, 3);
        byte[] compressed = compress(compressor, input);
        byte[] target = new byte[input.length];
        assertThrows(DataFormatException.class,
                () -> compressor.decompress(compressed, 0, compressed.length / 2, target, 0, input.length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zlib", "zstd", "snappy"})
    void garbageFails(String name) {
        Compressor compressor = create(name);
        byte[] garbage = random(300, 11);
        garbage[0] = (byte) 0x83; // not a valid zlib header; an over-long snappy varint start
        byte[] target = new byte[1000];
        assertThrows(DataFormatException.class, () -> compressor.decompress(garbage, 0, garbage.length, target, 0, 1000));
    }

    @org.junit.jupiter.api.Test
    void zlibBombIsStoppedAtTheDeclaredSize() {
        Compressor zlib = new ZlibCompressor(9);
        byte[] zeros = new byte[10_000_000];
        byte[] compressed = compress(zlib, zeros);
        assertTrue(compressed.length < 20_000, "a 10 MB bomb compresses to " + compressed.length);
        byte[] target = new byte[1000];
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> zlib.decompress(compressed, 0, compressed.length, target, 0, 1000));
        assertTrue(e.getMessage().contains("more than the declared uncompressedSize 1000"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void zlibTrailingBytesAfterTheStreamFail() {
        Compressor zlib = new ZlibCompressor(-1);
        byte[] input = tweetLike(3);
        byte[] compressed = compress(zlib, input);
        byte[] padded = Arrays.copyOf(compressed, compressed.length + 4);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> zlib.decompress(padded, 0, padded.length, new byte[input.length], 0, input.length));
        assertTrue(e.getMessage().contains("follow the end"), e.getMessage());
    }
}
