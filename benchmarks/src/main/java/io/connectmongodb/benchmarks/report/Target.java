package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.Comparison;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.WorkloadResult;

import java.util.Set;

/**
 * The targets of issue #9. Each knows which rows it applies to, which ratio it reads and its
 * threshold. Rows are selected by server, by the row's {@link Comparison} (what its two columns
 * compare) and, for the single-document and worker rows, by workload name:
 * <ul>
 *   <li>the allocation target applies only where connect-mongodb is compared with the official
 *   driver (not the JDBC row, whose peer is our own driver, nor the hand-written ceiling row);</li>
 *   <li>the mapping target applies to the mapper-codec vs PojoCodec rows; the end-to-end ODM task
 *   rows (mapper vs a POJO-codec collection) fall under the embedded-server target.</li>
 * </ul>
 * A row that did not run leaves its targets "not checked" rather than met. When our side failed
 * while the peer was measured, the target is missed (a failure cannot meet it).
 */
public enum Target {
    STUB_SINGLE_DOCUMENT("≥1.3× official on the stub, single-document ops", 1.3, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.server().equals("stub") && driverVsOfficial(row) && SINGLE_DOCUMENT.contains(row.workload());
        }
    },
    STUB_50_WORKERS("≥1.3× official on the stub, 50 workers", 1.3, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.server().equals("stub") && driverVsOfficial(row) && row.workload().endsWith(", 50 workers");
        }
    },
    ALLOCATION("≤0.3× official allocated bytes per operation (rows whose peer is the official driver)", 0.3, false) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.comparison().oursIsConnectMongodb() && row.comparison().peerIsOfficial();
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
            return row.server().equals("embedded") && driverVsOfficial(row) && !GRIDFS.appliesTo(row);
        }
    },
    MAPPING("≥2× the official PojoCodec on mapping", 2.0, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.comparison() == Comparison.MAPPER_CODEC_VS_POJO_CODEC;
        }
    },
    GRIDFS("GridFS ≥1.0× with the heap bound", 1.0, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return driverVsOfficial(row) && row.workload().startsWith("GridFS");
        }
    },
    JDBC("JDBC ≥0.8× raw find", 0.8, true) {
        @Override
        boolean appliesTo(WorkloadResult row) {
            return row.comparison() == Comparison.BRIDGE_VS_OUR_DRIVER;
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

    private static boolean driverVsOfficial(WorkloadResult row) {
        return row.comparison() == Comparison.DRIVER_VS_OFFICIAL;
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
        if (row.failure(Participant.OURS) != null) {
            return new Verdict(this, row, Double.NaN, Verdict.Outcome.MISSED);
        }
        double v = value(row);
        if (Double.isNaN(v)) {
            return null;
        }
        boolean met = atLeast ? v >= threshold : v <= threshold;
        return new Verdict(this, row, v, met ? Verdict.Outcome.MET : Verdict.Outcome.MISSED);
    }
}
