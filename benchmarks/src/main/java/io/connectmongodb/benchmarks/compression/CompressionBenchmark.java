package io.connectmongodb.benchmarks.compression;

import io.connectmongodb.benchmarks.Paths;
import io.connectmongodb.benchmarks.data.BenchmarkData;
import io.connectmongodb.benchmarks.drivers.Side;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wire-compression row (issue #11): the TWEET workload through {@link CompressingProxy} in front
 * of the embedded server (which has no OP_COMPRESSED), with no compressor and with each of zlib,
 * zstd and snappy, for both drivers (each negotiates through {@code ?compressors=} in its URI).
 * One run of a mode inserts {@code documents} tweets with insertMany and reads them all back
 * {@value #READS} times; the proxy counts the bytes on the client side of the wire. Runs are
 * interleaved (mode by mode, side by side) after one warm-up pass of everything; the median of the
 * measured passes is printed. Every document is the same tweet (only {@code _id} differs), so the
 * ratios are far better than for varied data.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.connectmongodb.benchmarks.compression.CompressionBenchmark [--quick]}
 */
public final class CompressionBenchmark {
    private static final int READS = 3;
    private static final List<String> MODES = List.of("none", "zlib", "zstd", "snappy");

    private CompressionBenchmark() {
    }

    record Run(long bytesUp, long bytesDown, double insertDocsPerSecond, double readDocsPerSecond) {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        int documents = quick ? 1_000 : 5_000;
        int passes = quick ? 3 : 7;
        PrintStream out = System.out;
        Document tweet = BenchmarkData.unpack(Paths.specsDir(), Paths.workDir()).tweet();
        MongoServer embedded = new MongoServer(new MemoryBackend());
        embedded.bind("127.0.0.1", 0);
        try {
            InetSocketAddress upstream = new InetSocketAddress("127.0.0.1", embedded.getLocalAddress().getPort());
            List<Run>[][] runs = newTable();
            for (int pass = 0; pass <= passes; pass++) {
                for (int m = 0; m < MODES.size(); m++) {
                    for (Side side : Side.values()) {
                        Run run = measure(upstream, tweet, MODES.get(m), side, documents);
                        if (pass > 0) { // pass 0 warms up every path
                            runs[m][side.ordinal()].add(run);
                        }
                    }
                }
            }
            out.printf(Locale.ROOT, "TWEET workload through the compressing proxy (%,d inserts by insertMany, %d x find all), median of %d passes:%n",
                    documents, READS, passes);
            out.println("| compressor | side | bytes client->server | bytes server->client | insert docs/s | read docs/s |");
            out.println("|---|---|---:|---:|---:|---:|");
            for (int m = 0; m < MODES.size(); m++) {
                for (Side side : Side.values()) {
                    List<Run> list = runs[m][side.ordinal()];
                    Run first = list.get(0);
                    out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %,.0f | %,.0f |%n", MODES.get(m), side.label(),
                            first.bytesUp(), first.bytesDown(),
                            median(list.stream().mapToDouble(Run::insertDocsPerSecond).toArray()),
                            median(list.stream().mapToDouble(Run::readDocsPerSecond).toArray()));
                }
            }
        } finally {
            embedded.shutdownNow();
        }
        System.exit(0); // the official driver's monitor threads linger after close
    }

    @SuppressWarnings("unchecked")
    private static List<Run>[][] newTable() {
        List<Run>[][] table = new List[MODES.size()][Side.values().length];
        for (List<Run>[] row : table) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new ArrayList<>();
            }
        }
        return table;
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    private static Run measure(InetSocketAddress upstream, Document tweet, String mode, Side side, int documents)
            throws Exception {
        try (CompressingProxy proxy = new CompressingProxy(upstream, List.of("zlib", "zstd", "snappy"))) {
            String uri = "mongodb://127.0.0.1:" + proxy.port() + "/" + (mode.equals("none") ? "" : "?compressors=" + mode);
            List<Document> batch = new ArrayList<>(documents);
            for (int i = 0; i < documents; i++) {
                batch.add(new Document(tweet).append("_id", i));
            }
            String collectionName = "tweets_" + mode + "_" + side.name().toLowerCase(Locale.ROOT);
            long insertNanos;
            long readNanos;
            if (side == Side.OURS) {
                try (io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(uri)) {
                    io.connectmongodb.driver.MongoCollection<Document> collection =
                            client.getDatabase("compression_bench").getCollection(collectionName);
                    collection.drop();
                    long start = System.nanoTime();
                    collection.insertMany(batch);
                    insertNanos = System.nanoTime() - start;
                    start = System.nanoTime();
                    for (int r = 0; r < READS; r++) {
                        expect(collection.find().into(new ArrayList<>()).size(), documents);
                    }
                    readNanos = System.nanoTime() - start;
                    collection.drop();
                }
            } else {
                try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
                    com.mongodb.client.MongoCollection<Document> collection =
                            client.getDatabase("compression_bench").getCollection(collectionName);
                    collection.drop();
                    long start = System.nanoTime();
                    collection.insertMany(batch);
                    insertNanos = System.nanoTime() - start;
                    start = System.nanoTime();
                    for (int r = 0; r < READS; r++) {
                        expect(collection.find().into(new ArrayList<>()).size(), documents);
                    }
                    readNanos = System.nanoTime() - start;
                    collection.drop();
                }
            }
            if (!proxy.failures().isEmpty()) {
                throw new IllegalStateException("proxy failures: " + proxy.failures());
            }
            if (!mode.equals("none") && (proxy.compressedRequests(mode) == 0 || proxy.compressedReplies(mode) == 0)) {
                throw new IllegalStateException(side.label() + " did not compress with " + mode);
            }
            return new Run(proxy.bytesFromClients(), proxy.bytesToClients(), documents / (insertNanos / 1e9),
                    documents * (double) READS / (readNanos / 1e9));
        }
    }

    private static void expect(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("find returned " + actual + " documents, expected " + expected);
        }
    }
}
