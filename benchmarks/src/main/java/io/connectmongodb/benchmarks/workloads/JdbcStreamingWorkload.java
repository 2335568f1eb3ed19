package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Comparison;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.Document;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * JDBC SELECT streaming of {@code rows} small documents (embedded server): one operation reads
 * every row of {@code SELECT field1, field8 FROM jdbc_rows} through {@code jdbc:mongodb://} and reads
 * two columns of each. The row's "ours" side is the JDBC bridge; its other side is a raw find of the
 * same rows, projected to the same two fields, by connect-mongodb itself (the layer the bridge sits
 * on), so the ratio is the bridge's cost. Memory bound: the heap in use is sampled every 10,000 rows
 * and the peak above the heap in use at the start of the round is printed per side after each
 * round (a streaming reader stays far below the size of the result).
 */
public final class JdbcStreamingWorkload implements Workload {
    private static final String COLLECTION = "jdbc_rows";
    private final Document document;
    private final int rows;
    private final PrintStream log;
    private BenchServer seededFor;

    public JdbcStreamingWorkload(Document document, int rows, PrintStream log) {
        this.document = document;
        this.rows = rows;
        this.log = log;
    }

    @Override
    public String name() {
        return "JDBC SELECT " + String.format(Locale.ROOT, "%,d", rows) + " rows (bridge vs our raw find)";
    }

    @Override
    public Comparison comparison() {
        return Comparison.BRIDGE_VS_OUR_DRIVER;
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.EMBEDDED;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 1;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) throws Exception {
        if (seededFor != server) {
            Seeding.seed(server, COLLECTION, document, rows);
            seededFor = server;
        }
        if (participant.side() == Side.OURS) {
            String url = "jdbc:" + server.connectionString() + "/" + CannedReplies.DATABASE;
            Connection connection = DriverManager.getConnection(url);
            return new Streaming("JDBC bridge") {
                @Override
                int readAll(HeapPeak peak) throws Exception {
                    int count = 0;
                    try (Statement statement = connection.createStatement();
                         ResultSet resultSet = statement.executeQuery("SELECT field1, field8 FROM " + COLLECTION)) {
                        while (resultSet.next()) {
                            if (resultSet.getString(1) == null) {
                                throw new IllegalStateException("row " + count + " has no field1");
                            }
                            resultSet.getInt(2);
                            peak.sample(++count);
                        }
                    }
                    return count;
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        }
        io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
        io.connectmongodb.driver.MongoCollection<Document> collection =
                client.getDatabase(CannedReplies.DATABASE).getCollection(COLLECTION);
        Document projection = new Document("field1", 1).append("field8", 1);
        return new Streaming("raw connect-mongodb find") {
            @Override
            int readAll(HeapPeak peak) {
                int count = 0;
                try (io.connectmongodb.driver.MongoCursor<Document> cursor = collection.find().projection(projection).cursor()) {
                    while (cursor.hasNext()) {
                        Document row = cursor.next();
                        if (row.getString("field1") == null) {
                            throw new IllegalStateException("row " + count + " has no field1");
                        }
                        peak.sample(++count);
                    }
                }
                return count;
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /** Samples the heap in use every 10,000 rows and keeps the peak. */
    static final class HeapPeak {
        private final Runtime runtime = Runtime.getRuntime();
        private final long baseline = used();
        private long peak = baseline;

        void sample(int rowsSoFar) {
            if (rowsSoFar % 10_000 == 0) {
                peak = Math.max(peak, used());
            }
        }

        long aboveBaseline() {
            return peak - baseline;
        }

        private long used() {
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    private abstract class Streaming implements RoundTask {
        private final String label;
        private long worstPeak;

        Streaming(String label) {
            this.label = label;
        }

        abstract int readAll(HeapPeak peak) throws Exception;

        @Override
        public void runRound(int ops) throws Exception {
            for (int i = 0; i < ops; i++) {
                HeapPeak peak = new HeapPeak();
                Checks.count(readAll(peak), rows, label);
                worstPeak = Math.max(worstPeak, peak.aboveBaseline());
            }
        }

        @Override
        public void close() throws Exception {
        }

        @Override
        public void afterRound() {
            log.printf(Locale.ROOT, "    %s: peak heap growth while streaming %,d rows: %.1f MB%n", label, rows,
                    worstPeak / 1e6);
        }
    }
}
