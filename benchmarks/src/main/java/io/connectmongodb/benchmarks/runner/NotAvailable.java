package io.connectmongodb.benchmarks.runner;

import java.util.List;

/**
 * The rows whose driver feature is not on main yet. They are printed as "not run: ...",
 * never measured or estimated; each becomes a {@link Workload} when its feature lands.
 */
public final class NotAvailable {
    /** A row and the feature it waits for. */
    public record Row(String workload, String server, String feature) {
        public WorkloadResult result() {
            return WorkloadResult.notRun(workload, server, "not run: " + feature + " not available");
        }
    }

    private NotAvailable() {
    }

    public static List<Row> rows() {
        return List.of(
                new Row("bulkWrite mixed", "stub", "MongoCollection.bulkWrite"),
                new Row("bulkWrite mixed", "embedded", "MongoCollection.bulkWrite"),
                new Row("async findOne, 1000 in flight", "stub", "the async API"),
                new Row("GridFS upload 50 MB", "embedded", "GridFS"),
                new Row("GridFS download 50 MB", "embedded", "GridFS"),
                new Row("GridFS 1 GB streaming (heap bound)", "embedded", "GridFS"),
                new Row("mapper ODM tasks vs PojoCodecProvider", "embedded", "the mapper"),
                new Row("mapper vs hand-written codecs (ceiling)", "in-memory", "the mapper"),
                new Row("JDBC SELECT 100,000 rows vs raw find", "embedded", "the JDBC bridge"));
    }
}
