package io.connectmongodb.driver.internal.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompressionSettingsTest {

    @Test
    void keepsTheConfiguredOrderAndIsImmutable() {
        List<String> names = new ArrayList<>(List.of("zstd", "snappy", "zlib"));
        CompressionSettings settings = new CompressionSettings(names, 4);
        names.clear();
        assertEquals(List.of("zstd", "snappy", "zlib"), settings.compressors());
        assertEquals(4, settings.zlibCompressionLevel());
        assertTrue(settings.isEnabled());
        assertThrows(UnsupportedOperationException.class, () -> settings.compressors().add("zlib"));
        assertFalse(CompressionSettings.none().isEnabled());
    }

    @Test
    void badNamesAreRejectedClearly() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CompressionSettings(List.of("zlib", "lz4"), -1)).getMessage().contains("unknown compressor 'lz4'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CompressionSettings(List.of("noop"), -1)).getMessage().contains("'noop'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CompressionSettings(List.of("zlib", "zlib"), -1)).getMessage().contains("listed twice"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CompressionSettings(Arrays.asList("zlib", null), -1)).getMessage().contains("null"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new CompressionSettings(null, -1)).getMessage().contains("compressors"));
    }

    @Test
    void zlibLevelMustBeMinusOneToNine() {
        for (int level = -1; level <= 9; level++) {
            assertEquals(level, new CompressionSettings(List.of("zlib"), level).zlibCompressionLevel());
        }
        assertThrows(IllegalArgumentException.class, () -> new CompressionSettings(List.of("zlib"), -2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CompressionSettings(List.of("zlib"), 10))
                .getMessage().contains("between -1 and 9"));
    }
}
