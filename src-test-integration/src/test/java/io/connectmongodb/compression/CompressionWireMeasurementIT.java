package io.connectmongodb.compression;

import io.connectmongodb.benchmarks.compression.CompressingProxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.testsupport.SpecsDir;
import io.connectmongodb.testsupport.TestServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A small, bounded measurement of the TWEET workload (benchmark spec {@code tweet.json}) through
 * {@link CompressingProxy}: with no compression and with each compressor, this driver inserts the
 * tweet {@value #DOCUMENTS} times and reads all of them back {@value #READS} times; the proxy
 * counts the bytes on the client side of the wire. Each mode runs once to warm up and once
 * measured. It prints a table of bytes and throughput for the benchmark report. As in the
 * benchmark spec, every document is the same tweet (only {@code _id} differs), so the ratios are
 * far better than for varied data. Only the byte counts are asserted (each compressor must send fewer bytes
 * than none); times are reported, never asserted.
 */
class CompressionWireMeasurementIT {
    private static final int DOCUMENTS = 1000;
    private static final int READS = 5;

    record Row(String mode, long bytesUp, long bytesDown, double insertDocsPerSecond, double readDocsPerSecond) {
    }

    @Test
    void tweetWorkloadBytesAndThroughputPerCompressor() throws Exception {
        Path archive = SpecsDir.resolve("benchmarking/data/single_and_multi_document.tgz");
        if (!Files.isRegularFile(archive)) {
            Assumptions.abort("benchmark data not found at " + archive + "; set -Dspecs.dir");
        }
        Document tweet = Document.parse(TweetData.read(archive));
        TestServer server = TestServer.startEmbedded();
        try {
            InetSocketAddress upstream = new InetSocketAddress("127.0.0.1", URI.create(server.uri()).getPort());
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String mode : List.of("none", "zlib", "zstd", "snappy")) {
                measure(upstream, tweet, mode); // warm-up run of the same path, not reported
                rows.put(mode, measure(upstream, tweet, mode));
            }
            System.out.println("TWEET workload through the compressing proxy (" + DOCUMENTS + " inserts, "
                    + READS + " x find all " + DOCUMENTS + "):");
            System.out.println("| compressor | bytes client->server | bytes server->client | insert docs/s | read docs/s |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (Row row : rows.values()) {
                System.out.printf("| %s | %,d | %,d | %,.0f | %,.0f |%n", row.mode(), row.bytesUp(), row.bytesDown(),
                        row.insertDocsPerSecond(), row.readDocsPerSecond());
            }
            Row none = rows.get("none");
            for (String compressor : List.of("zlib", "zstd", "snappy")) {
                Row row = rows.get(compressor);
                assertTrue(row.bytesUp() < none.bytesUp(), compressor + " sends fewer bytes");
                assertTrue(row.bytesDown() < none.bytesDown(), compressor + " receives fewer bytes");
            }
        } finally {
            server.stop();
        }
    }

    private static Row measure(InetSocketAddress upstream, Document tweet, String mode) throws Exception {
        try (CompressingProxy proxy = new CompressingProxy(upstream, List.of("zlib", "zstd", "snappy"))) {
            MongoClientSettings.Builder settings = MongoClientSettings.builder()
                    .hosts(List.of(ServerAddress.of("127.0.0.1", proxy.port())));
            if (!mode.equals("none")) {
                settings.compressors(List.of(mode));
            }
            try (io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(settings.build())) {
                io.connectmongodb.driver.MongoCollection<Document> collection = client.getDatabase("compression_bench")
                        .getCollection("tweets_" + mode);
                collection.drop();
                List<Document> batch = new ArrayList<>(DOCUMENTS);
                for (int i = 0; i < DOCUMENTS; i++) {
                    batch.add(new Document(tweet).append("_id", i));
                }
                long insertStart = System.nanoTime();
                collection.insertMany(batch);
                long insertNanos = System.nanoTime() - insertStart;
                long readStart = System.nanoTime();
                for (int r = 0; r < READS; r++) {
                    assertEquals(DOCUMENTS, collection.find().into(new ArrayList<>()).size());
                }
                long readNanos = System.nanoTime() - readStart;
                collection.drop();
                assertTrue(proxy.failures().isEmpty(), proxy.failures().toString());
                if (!mode.equals("none")) {
                    assertTrue(proxy.compressedRequests(mode) > 0 && proxy.compressedReplies(mode) > 0, mode);
                }
                return new Row(mode, proxy.bytesFromClients(), proxy.bytesToClients(), DOCUMENTS / (insertNanos / 1e9),
                        DOCUMENTS * (double) READS / (readNanos / 1e9));
            }
        }
    }
}
