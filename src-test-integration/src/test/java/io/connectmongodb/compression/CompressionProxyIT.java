package io.connectmongodb.compression;

import io.connectmongodb.benchmarks.compression.CompressingProxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.testsupport.TestServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wire compression end to end through {@link CompressingProxy} in front of an embedded server.
 * For each compressor, FIRST the official MongoDB Java driver runs a CRUD sequence through the
 * proxy, which proves the proxy speaks OP_COMPRESSED as a server does; THEN this driver runs the
 * same sequence, and the test asserts identical results and that the proxy really saw compressed
 * requests and sent compressed replies with that compressor, and no command that should have been
 * compressed came plain.
 */
class CompressionProxyIT {
    private static TestServer server;
    private static InetSocketAddress upstream;

    @BeforeAll
    static void startServer() {
        server = TestServer.startEmbedded(); // our own embedded server: the proxy must know it speaks no compression
        URI uri = URI.create(server.uri());
        upstream = new InetSocketAddress("127.0.0.1", uri.getPort());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    /** What one CRUD sequence observed; both drivers must observe the same. */
    record CrudOutcome(long insertedCount, List<Integer> firstTen, long modified, long deleted, long remaining,
                       String lowestText) {
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            documents.add(new Document("n", n).append("text", "a fairly repetitive tweet text number " + n
                    + ", repeated so that compression has something to do").append("user",
                    new Document("screen_name", "user" + (n % 5)).append("followers", 1000 + n)));
        }
        return documents;
    }

    static CrudOutcome officialCrud(String uri, String collectionName) {
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
            com.mongodb.client.MongoCollection<Document> collection = client.getDatabase("compression_it")
                    .getCollection(collectionName);
            collection.drop();
            long inserted = collection.insertMany(documents()).getInsertedIds().size();
            List<Integer> firstTen = new ArrayList<>();
            for (Document d : collection.find(new Document("n", new Document("$lt", 10))).sort(new Document("n", 1))) {
                firstTen.add(d.getInteger("n"));
            }
            long modified = collection.updateMany(new Document("n", new Document("$gte", 100)),
                    new Document("$set", new Document("flag", true))).getModifiedCount();
            long deleted = collection.deleteMany(new Document("n", new Document("$lt", 50))).getDeletedCount();
            long remaining = collection.countDocuments();
            String lowest = collection.find().sort(new Document("n", 1)).first().getString("text");
            return new CrudOutcome(inserted, firstTen, modified, deleted, remaining, lowest);
        }
    }

    static CrudOutcome ourCrud(MongoClientSettings settings, String collectionName) {
        try (io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(settings)) {
            io.connectmongodb.driver.MongoCollection<Document> collection = client.getDatabase("compression_it")
                    .getCollection(collectionName);
            collection.drop();
            long inserted = collection.insertMany(documents()).insertedIds().size();
            List<Integer> firstTen = new ArrayList<>();
            for (Document d : collection.find(new Document("n", new Document("$lt", 10))).sort(new Document("n", 1))) {
                firstTen.add(d.getInteger("n"));
            }
            long modified = collection.updateMany(new Document("n", new Document("$gte", 100)),
                    new Document("$set", new Document("flag", true))).modifiedCount();
            long deleted = collection.deleteMany(new Document("n", new Document("$lt", 50))).deletedCount();
            long remaining = collection.countDocuments();
            String lowest = collection.find().sort(new Document("n", 1)).first().getString("text");
            return new CrudOutcome(inserted, firstTen, modified, deleted, remaining, lowest);
        }
    }

    private static final CrudOutcome EXPECTED = new CrudOutcome(200, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 100, 50, 150,
            "a fairly repetitive tweet text number 50, repeated so that compression has something to do");

    private static void assertCompressedTraffic(CompressingProxy proxy, String compressor, String who) {
        assertTrue(proxy.failures().isEmpty(), who + ": proxy failures " + proxy.failures());
        assertTrue(proxy.handshakes() > 0, who + ": no handshake went through the proxy");
        assertTrue(proxy.compressedRequests(compressor) > 0, who + ": no " + compressor + " request");
        assertTrue(proxy.compressedReplies(compressor) > 0, who + ": no " + compressor + " reply");
        assertEquals(0, proxy.plainRequestsThatShouldBeCompressed(), who + ": compressible commands went plain");
        for (String other : List.of("noop", "zlib", "zstd", "snappy")) {
            if (!other.equals(compressor)) {
                assertEquals(0, proxy.compressedRequests(other), who + ": unexpected " + other + " requests");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zlib", "zstd", "snappy"})
    void officialDriverThenThisDriverRunCrudCompressed(String compressor) throws Exception {
        CrudOutcome official;
        try (CompressingProxy proxy = new CompressingProxy(upstream, List.of(compressor))) {
            official = officialCrud("mongodb://127.0.0.1:" + proxy.port() + "/?compressors=" + compressor
                    + "&serverSelectionTimeoutMS=5000", "official_" + compressor);
            assertCompressedTraffic(proxy, compressor, "official driver");
            System.out.printf("official driver, %s: %d compressed requests, %d compressed replies%n", compressor,
                    proxy.compressedRequests(compressor), proxy.compressedReplies(compressor));
        }
        assertEquals(EXPECTED, official, "the official driver through the proxy");

        CrudOutcome ours;
        try (CompressingProxy proxy = new CompressingProxy(upstream, List.of(compressor))) {
            MongoClientSettings settings = MongoClientSettings.builder()
                    .hosts(List.of(ServerAddress.of("127.0.0.1", proxy.port())))
                    .compressors(List.of(compressor)).build();
            ours = ourCrud(settings, "ours_" + compressor);
            assertCompressedTraffic(proxy, compressor, "connect-mongodb");
            System.out.printf("connect-mongodb, %s: %d compressed requests, %d compressed replies%n", compressor,
                    proxy.compressedRequests(compressor), proxy.compressedReplies(compressor));
        }
        assertEquals(official, ours, "both drivers see the same results");
    }

    @Test
    void theFirstOfOurCompressorsThatTheServerSupportsIsUsed() throws Exception {
        try (CompressingProxy proxy = new CompressingProxy(upstream, List.of("snappy", "zlib"))) {
            String uri = "mongodb://127.0.0.1:" + proxy.port() + "/?compressors=zstd,zlib,snappy&zlibCompressionLevel=9";
            CrudOutcome ours = ourCrud(MongoClientSettings.builder()
                    .applyConnectionString(new io.connectmongodb.driver.ConnectionString(uri)).build(), "ours_negotiated");
            assertEquals(EXPECTED, ours);
            assertCompressedTraffic(proxy, "zlib", "connect-mongodb");
        }
    }

    @Test
    void aServerWithoutCommonCompressorsGetsPlainMessages() throws Exception {
        try (CompressingProxy proxy = new CompressingProxy(upstream, List.of("snappy"))) {
            CrudOutcome ours = ourCrud(MongoClientSettings.builder()
                    .hosts(List.of(ServerAddress.of("127.0.0.1", proxy.port())))
                    .compressors(List.of("zlib")).build(), "ours_plain");
            assertEquals(EXPECTED, ours);
            assertTrue(proxy.failures().isEmpty(), proxy.failures().toString());
            for (String name : List.of("noop", "zlib", "zstd", "snappy")) {
                assertEquals(0, proxy.compressedRequests(name), name);
            }
        }
    }

    @Test
    void zlibLevelIsApplied() throws Exception {
        long[] bytes = new long[2];
        int[] levels = {0, 9};
        for (int i = 0; i < 2; i++) {
            try (CompressingProxy proxy = new CompressingProxy(upstream, List.of("zlib"))) {
                ourCrud(MongoClientSettings.builder().hosts(List.of(ServerAddress.of("127.0.0.1", proxy.port())))
                        .compressors(List.of("zlib")).zlibCompressionLevel(levels[i]).build(), "ours_level" + levels[i]);
                assertCompressedTraffic(proxy, "zlib", "connect-mongodb");
                bytes[i] = proxy.bytesFromClients();
            }
        }
        assertTrue(bytes[1] < bytes[0], "level 9 sends " + bytes[1] + " bytes, level 0 sends " + bytes[0]);
    }
}
