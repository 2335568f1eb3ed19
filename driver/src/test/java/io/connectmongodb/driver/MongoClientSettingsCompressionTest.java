package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code compressors} and {@code zlibCompressionLevel} settings, from the builder and the connection string. */
class MongoClientSettingsCompressionTest {

    @Test
    void defaultsAreNoCompressionAndZlibDefaultLevel() {
        MongoClientSettings settings = MongoClientSettings.builder().build();
        assertEquals(List.of(), settings.getCompressors());
        assertEquals(-1, settings.getZlibCompressionLevel());
    }

    @Test
    void connectionStringOptionsAreHonoured() {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(
                "mongodb://127.0.0.1/?compressors=zstd,snappy,zlib&zlibCompressionLevel=7")).build();
        assertEquals(List.of("zstd", "snappy", "zlib"), settings.getCompressors());
        assertEquals(7, settings.getZlibCompressionLevel());
        assertTrue(settings.toString().contains("compressors=[zstd, snappy, zlib]"), settings.toString());
    }

    @Test
    void unknownNamesInTheConnectionStringAreDroppedWithAWarningNotAFailure() {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(
                new ConnectionString("mongodb://127.0.0.1/?compressors=lz4,zlib")).build();
        assertEquals(List.of("zlib"), settings.getCompressors());
    }

    @Test
    void builderValuesSurviveACopy() {
        MongoClientSettings settings = MongoClientSettings.builder().compressors(List.of("snappy", "zlib"))
                .zlibCompressionLevel(9).build();
        MongoClientSettings copy = MongoClientSettings.builder(settings).build();
        assertEquals(List.of("snappy", "zlib"), copy.getCompressors());
        assertEquals(9, copy.getZlibCompressionLevel());
    }

    @Test
    void badBuilderValuesFailClearly() {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.compressors(List.of("gzip")))
                .getMessage().contains("unknown compressor 'gzip'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.compressors(List.of("zlib", "zlib")))
                .getMessage().contains("listed twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.compressors(Arrays.asList("zlib", null)))
                .getMessage().contains("null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.compressors(null))
                .getMessage().contains("compressors"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder.zlibCompressionLevel(10))
                .getMessage().contains("between -1 and 9"));
        assertThrows(IllegalArgumentException.class, () -> builder.zlibCompressionLevel(-2));
        assertEquals(List.of(), builder.build().getCompressors(), "failed calls change nothing");
    }
}
