package io.connectmongodb.driver.internal.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** Offer, negotiation and receive-side lookup, with libraries present and simulated absent. */
class WireCompressionTest {

    private static BsonDocument replyListing(String... names) {
        BsonArray array = new BsonArray();
        for (String name : names) {
            array.add(new BsonString(name));
        }
        return new BsonDocument("ok", new BsonDouble(1)).append("compression", array);
    }

    @Test
    void offersTheConfiguredOrderAndPicksOurFirstThatTheServerLists() {
        WireCompression compression = WireCompression.of(
                new CompressionSettings(List.of("zstd", "snappy", "zlib"), 6), CodecLibraries.detected());

        assertEquals(List.of("zstd", "snappy", "zlib"), compression.offeredNames());
        assertEquals(new BsonArray(List.of(new BsonString("zstd"), new BsonString("snappy"), new BsonString("zlib"))),
                compression.handshakeValue());
        assertEquals("snappy", compression.negotiate(replyListing("zlib", "snappy")));
        assertEquals("zstd", compression.negotiate(replyListing("zlib", "snappy", "zstd")));
        assertEquals("zlib", compression.negotiate(replyListing("zlib")));
        assertEquals(6, ((ZlibCompressor) compression.compressorNamed("zlib")).level());
    }

    @Test
    void nothingInCommonOrNoFieldMeansNoCompressionAndNoError() {
        WireCompression compression = WireCompression.of(new CompressionSettings(List.of("zlib"), -1),
                CodecLibraries.detected());
        assertNull(compression.negotiate(replyListing("snappy")));
        assertNull(compression.negotiate(new BsonDocument("ok", new BsonDouble(1))));
        assertNull(compression.negotiate(new BsonDocument("compression", new BsonInt32(3))));
    }

    @Test
    void noCompressorsOffersAnEmptyArray() {
        WireCompression none = WireCompression.of(CompressionSettings.none(), CodecLibraries.detected());
        assertEquals(List.of(), none.offeredNames());
        assertEquals(new BsonArray(), none.handshakeValue());
        assertNull(none.negotiate(replyListing("zlib", "zstd")));
    }

    @Test
    void missingLibrariesAreLeftOutOfTheOffer() {
        WireCompression compression = WireCompression.of(new CompressionSettings(List.of("zstd", "snappy", "zlib"), -1),
                CodecLibraries.only(Set.of("zlib")));

        assertEquals(List.of("zlib"), compression.offeredNames());
        assertEquals("zlib", compression.negotiate(replyListing("zstd", "snappy", "zlib")));
        assertThrows(IllegalArgumentException.class, () -> compression.compressorNamed("zstd"));
        assertNull(compression.forId(CompressorIds.ZSTD), "a received zstd frame cannot be read without zstd-jni");
        assertNull(compression.forId(CompressorIds.SNAPPY));
        assertNotNull(compression.forId(CompressorIds.ZLIB));
    }

    @Test
    void onlyMissingLibrariesMeansNothingIsOffered() {
        WireCompression compression = WireCompression.of(new CompressionSettings(List.of("zstd", "snappy"), -1),
                CodecLibraries.only(Set.of()));
        assertEquals(List.of(), compression.offeredNames());
        assertNull(compression.negotiate(replyListing("zstd", "snappy")));
    }

    @Test
    void receivedIdsResolveToTheirCompressorsEvenIfNotNegotiated() {
        WireCompression compression = WireCompression.none();
        assertEquals("noop", compression.forId(0).name());
        assertEquals("snappy", compression.forId(1).name());
        assertEquals("zlib", compression.forId(2).name());
        assertEquals("zstd", compression.forId(3).name());
        for (int reserved : new int[] {4, 17, 255, -1}) {
            assertNull(compression.forId(reserved));
        }
    }
}
