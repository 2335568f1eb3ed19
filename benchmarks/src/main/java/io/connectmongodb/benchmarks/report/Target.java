package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.WorkloadResult;

import java.util.Set;

/**
 * The targets of issue #9. Each knows which rows it applies to, which ratio it reads and its
 * threshold; rows whose feature is missing leave a target "not checked" rather than met.
 */
public enum Target {
    STUB_SINGLE_DOCUMENT("≥1.3× official on the stub, single-document ops", 1.3, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.server().equals("stub") && SINGLE_DOCUMENT.contains(row.workload());
        }
    },
    STUB_50_WORKERS("≥1.3× official on the stub, 50 workers", 1.3, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.server().equals("stub") && row.workload().endsWith(", 50 workers");
        }
    },
    ALLOCATION("≤0.3× official allocated bytes per operation", 0.3, false) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return true;
        }

        @Override
        double value(WorkloadResult row) {
            return row.allocationRatio();
        }
    },
    FLOOR("≥0.8× the floor for RunCommand", 0.8, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.server().equals("stub") && row.workload().equals("RunCommand ping");
        }

        @Override
        double value(WorkloadResult row) {
            return row.floorRatio();
        }
    },
    EMBEDDED("≥1.0× official on the embedded server", 1.0, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.server().equals("embedded") && !row.workload().startsWith("GridFS")
                    && !row.workload().startsWith("mapper") && !row.workload().startsWith("JDBC");
        }
    },
    MAPPING("≥2× the official PojoCodec on mapping", 2.0, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.workload().startsWith("mapper");
        }
    },
    GRIDFS("GridFS ≥1.0× with the heap bound", 1.0, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.workload().startsWith("GridFS");
        }
    },
    JDBC("JDBC ≥0.8× raw find", 0.8, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.workload().startsWith("JDBC");
        }
    };

    static final Set<String> SINGLE_DOCUMENT = Set.of("RunCommand ping", "RunCommand hello", "FindOne by _id",
            "insertOne small", "insertOne large");

    private final String description;
    private final double threshold;
    private final boolean atLeast;

    Target(String description, double threshold, boolean atLeast) {
        this.description = description;
        this.threshold = threshold;
        this.atLeast = atLeast;
    }

    public String description() {
        return description;
    }

    public double threshold() {
        return threshold;
    }

    abstract boolean appliesTo(WorkloadResult row);

    /** The ratio this target reads: by default ours over official median throughput. */
    double value(WorkloadResult row) {
        return row.throughputRatio();
    }

    /** The verdict for {@code row}, or {@code null} when the target does not apply to it. */
    public Verdict check(WorkloadResult row) {
        if (!appliesTo(row)) {
            return null;
        }
        if (!row.measured()) {
            return new Verdict(this, row, Double.NaN, Verdict.Outcome.NOT_CHECKED);
        }
        double v = value(row);
        if (Double.isNaN(v)) {
            return null;
        }
        boolean met = atLeast ? v >= threshold : v <= threshold;
        return new Verdict(this, row, v, met ? Verdict.Outcome.MET : Verdict.Outcome.MISSED);
    }
}
