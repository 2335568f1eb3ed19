package io.connectmongodb.benchmarks.runner;

import java.util.List;

/**
 * The rows that cannot run today, mostly because their driver feature is not on main yet.
 * They are printed as "not run: ...", never measured or estimated; each becomes a {@link Workload}
 * when its feature lands.
 */
public final class NotAvailable {
    /** A row and the feature it waits for. */
    public record Row(String workload, String server, String feature) {
        public WorkloadResult result() {
            return WorkloadResult.notRun(workload, server, "not run: " + feature);
        }
    }

    private NotAvailable() {
    }

    public static List<Row> rows() {
        return List.of(
                missing("bulkWrite mixed", "stub", "MongoCollection.bulkWrite"),
                missing("bulkWrite mixed", "embedded", "MongoCollection.bulkWrite"),
                missing("async findOne, 1000 in flight", "stub", "the async API"),
                missing("GridFS upload 50 MB", "embedded", "GridFS"),
                missing("GridFS download 50 MB", "embedded", "GridFS"),
                missing("GridFS 1 GB streaming (heap bound)", "embedded", "GridFS"),
                missing("mapper ODM tasks vs PojoCodecProvider", "embedded", "the mapper"),
                missing("mapper vs hand-written codecs (ceiling)", "in-memory", "the mapper"),
                missing("JDBC SELECT 100,000 rows vs raw find", "embedded", "the JDBC bridge"),
                new Row("RunCommand hello", "embedded", "mongo-java-server 1.47 has no hello command (ping is measured)"));
    }

    private static Row missing(String workload, String server, String feature) {
        return new Row(workload, server, feature + " not available");
    }
}
