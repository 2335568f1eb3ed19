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
                new Row("RunCommand hello", "embedded", "mongo-java-server 1.47 has no hello command (ping is measured)"));
    }

}
