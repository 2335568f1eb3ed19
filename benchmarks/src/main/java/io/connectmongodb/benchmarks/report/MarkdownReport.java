package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.SideSummary;
import io.connectmongodb.benchmarks.runner.WorkloadResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as Markdown: a header with the machine and the command, one table row per workload and
 * server (median ops/s with p90/p99, bytes and CPU per op per side, the ratios, the targets that
 * apply), the floor, then a summary of every target as met, missed or not checked.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(List<WorkloadResult> rows, String header) {
        StringBuilder md = new StringBuilder();
        md.append(header).append('\n');
        md.append("Throughput is median ops/s over the interleaved rounds, with p90/p99 on the slow side ")
                .append("(the rate 90%/99% of rounds reached). Allocation and CPU are per operation on the calling ")
                .append("threads (medians). Ratios are ours ÷ official, except where a row names another peer: the JDBC row ")
                .append("compares our bridge with our own driver's raw find, and the hand-written codec row is a reference (the ")
                .append("ceiling) against PojoCodecProvider. Targets by row: the allocation target (≤0.3×) applies to every row ")
                .append("whose columns are connect-mongodb and the official driver (BSON and mapper codec rows included), not to ")
                .append("the JDBC row nor the reference row; the mapping target (≥2×) to the mapper-codec rows; the end-to-end ")
                .append("ODM task rows fall under the embedded ≥1.0× target; a side that failed misses the row's targets.\n\n");
        md.append("| Workload | Server | connect-mongodb ops/s (p90/p99) | official ops/s (p90/p99) | ratio | ")
                .append("ours B/op | official B/op | alloc ratio | ours CPU/op | official CPU/op | targets |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<Verdict> verdicts = new ArrayList<>();
        for (WorkloadResult row : rows) {
            List<String> flags = new ArrayList<>();
            for (Target target : Target.values()) {
                Verdict v = target.check(row);
                if (v != null) {
                    verdicts.add(v);
                    flags.add(v.brief());
                }
            }
            if (!row.measured()) {
                md.append("| ").append(row.workload()).append(" | ").append(row.server()).append(" | ")
                        .append(row.notRun()).append(" | | | | | | | | ").append(String.join("; ", flags)).append(" |\n");
                continue;
            }
            SideSummary ours = row.summary(Participant.OURS);
            SideSummary official = row.summary(Participant.OFFICIAL);
            md.append("| ").append(row.workload()).append(" | ").append(row.server())
                    .append(" | ").append(throughput(row, Participant.OURS))
                    .append(" | ").append(throughput(row, Participant.OFFICIAL))
                    .append(" | ").append(Formats.ratio(row.throughputRatio()))
                    .append(" | ").append(ours == null ? "–" : Formats.bytes(ours.bytesPerOp()))
                    .append(" | ").append(official == null ? "–" : Formats.bytes(official.bytesPerOp()))
                    .append(" | ").append(Formats.ratio(row.allocationRatio()))
                    .append(" | ").append(ours == null ? "–" : Formats.cpu(ours.cpuNanosPerOp()))
                    .append(" | ").append(official == null ? "–" : Formats.cpu(official.cpuNanosPerOp()))
                    .append(" | ").append(String.join("; ", flags)).append(" |\n");
            if (row.note() != null) {
                md.append("| ↳ ").append(row.note().replace('|', '/').replace('\n', ' ')).append(" | ").append(row.server())
                        .append(" | | | | | | | | | |\n");
            }
            SideSummary floor = row.summary(Participant.FLOOR);
            if (floor != null) {
                md.append("| ↳ raw-socket floor (ping) | ").append(row.server()).append(" | ")
                        .append(throughput(floor)).append(" | | ours/floor ").append(Formats.ratio(row.floorRatio()))
                        .append(" | ").append(Formats.bytes(floor.bytesPerOp())).append(" | | | ")
                        .append(Formats.cpu(floor.cpuNanosPerOp())).append(" | | |\n");
            }
        }
        md.append("\n### Targets\n\n| Target | Met | Missed | Not checked | Missed on |\n|---|---:|---:|---:|---|\n");
        for (Target target : Target.values()) {
            int met = 0;
            int missedCount = 0;
            int notChecked = 0;
            List<String> missed = new ArrayList<>();
            for (Verdict v : verdicts) {
                if (v.target() != target) {
                    continue;
                }
                switch (v.outcome()) {
                    case MET: met++; break;
                    case MISSED:
                        missedCount++;
                        missed.add(v.row().workload() + " (" + v.row().server() + ", "
                                + (Double.isNaN(v.value()) ? "ours failed" : Formats.ratio(v.value())) + ")");
                        break;
                    default: notChecked++; break;
                }
            }
            md.append("| ").append(target.description()).append(" | ").append(met).append(" | ").append(missedCount)
                    .append(" | ").append(notChecked).append(" | ").append(String.join("; ", missed)).append(" |\n");
        }
        return md.toString();
    }

    /** The side's throughput, or "failed: error" when it failed while the other side was measured. */
    private static String throughput(WorkloadResult row, Participant participant) {
        String failure = row.failure(participant);
        if (failure != null) {
            return "failed: " + failure.replace('|', '/').replace('\n', ' ');
        }
        return throughput(row.summary(participant));
    }

    private static String throughput(SideSummary s) {
        if (s == null) {
            return "–";
        }
        return Formats.rate(s.medianOpsPerSecond()) + " (" + Formats.rate(s.p90OpsPerSecond()) + "/"
                + Formats.rate(s.p99OpsPerSecond()) + ")";
    }
}
