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
                new Row("GridFS 1 GB streaming (heap bound)", "embedded",
                        "the embedded memory backend keeps every chunk on the same heap, so a heap bound of the"
                                + " driver cannot be separated from the server's; needs an external mongod"),
                new Row("RunCommand hello", "embedded", "mongo-java-server 1.47 has no hello command (ping is measured)"));
    }

}
