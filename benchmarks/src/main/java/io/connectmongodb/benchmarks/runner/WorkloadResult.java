package io.connectmongodb.benchmarks.runner;

import java.util.Map;

/**
 * One row of the report: the summaries per participant, or why the row was not run.
 *
 * @param notRun   {@code null} when measured; otherwise the reason printed in place of figures
 * @param failures   participants that failed while others were measured, with the error, printed in
 *                   their columns
 * @param comparison what the two columns compare; decides which targets apply
 * @param note       {@code null}, or a finding printed under the row (e.g. the heap bound of a streaming row)
 */
public record WorkloadResult(String workload, String server, Map<Participant, SideSummary> summaries, String notRun,
                             Map<Participant, String> failures, Comparison comparison, String note) {

    public WorkloadResult {
        summaries = Map.copyOf(summaries);
        failures = Map.copyOf(failures);
        if (comparison == null) {
            throw new IllegalArgumentException("a row needs a comparison");
        }
    }

    public WorkloadResult(String workload, String server, Map<Participant, SideSummary> summaries, String notRun,
                          Map<Participant, String> failures, Comparison comparison) {
        this(workload, server, summaries, notRun, failures, comparison, null);
    }

    /** A row comparing connect-mongodb with the official driver. */
    public WorkloadResult(String workload, String server, Map<Participant, SideSummary> summaries, String notRun,
                          Map<Participant, String> failures) {
        this(workload, server, summaries, notRun, failures, Comparison.DRIVER_VS_OFFICIAL);
    }

    public WorkloadResult(String workload, String server, Map<Participant, SideSummary> summaries, String notRun) {
        this(workload, server, summaries, notRun, Map.of());
    }

    public static WorkloadResult notRun(String workload, String server, String reason) {
        return new WorkloadResult(workload, server, Map.of(), reason);
    }

    public static WorkloadResult notRun(String workload, String server, String reason, Comparison comparison) {
        return new WorkloadResult(workload, server, Map.of(), reason, Map.of(), comparison);
    }

    /** This row with {@code text} as its note. */
    public WorkloadResult withNote(String text) {
        return new WorkloadResult(workload, server, summaries, notRun, failures, comparison, text);
    }

    /** Why {@code participant} has no figures in a measured row, or {@code null}. */
    public String failure(Participant participant) {
        return failures.get(participant);
    }

    public boolean measured() {
        return notRun == null;
    }

    public SideSummary summary(Participant participant) {
        return summaries.get(participant);
    }

    /** Ours over the official driver's median throughput; NaN when either is missing. */
    public double throughputRatio() {
        return ratio(Participant.OURS, Participant.OFFICIAL, true);
    }

    /** Ours over the official driver's allocated bytes per operation; NaN when either is missing. */
    public double allocationRatio() {
        return ratio(Participant.OURS, Participant.OFFICIAL, false);
    }

    /** Ours over the floor's median throughput; NaN when the floor was not measured. */
    public double floorRatio() {
        return ratio(Participant.OURS, Participant.FLOOR, true);
    }

    private double ratio(Participant top, Participant bottom, boolean throughput) {
        SideSummary a = summaries.get(top);
        SideSummary b = summaries.get(bottom);
        if (a == null || b == null) {
            return Double.NaN;
        }
        return throughput ? a.medianOpsPerSecond() / b.medianOpsPerSecond() : a.bytesPerOp() / b.bytesPerOp();
    }
}
