package io.connectmongodb.benchmarks.runner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one workload on one server with its participants in alternating rounds, in one JVM.
 *
 * <p>Algorithm: prepare every participant (unmeasured); run {@link RunMode#warmupRounds()} rounds of
 * each, in turn; then measured rounds, rotating which participant goes first each round so that
 * drift in the machine's load (other processes, GC, JIT) falls evenly on all of them. A round
 * records wall time, and allocated bytes and CPU time of the measured threads (see
 * {@link ThreadMetrics}). Measuring stops after {@link RunMode#measuredRounds()} rounds, or earlier
 * once the mode's time budget is spent and at least {@link #MIN_ROUNDS} rounds are in. A participant
 * whose round throws ends the workload with a "failed" row naming the error rather than a figure.
 */
public final class InterleavedRunner {
    public static final int MIN_ROUNDS = 3;

    private final RunMode mode;
    private final PrintStream log;

    public InterleavedRunner(RunMode mode, PrintStream log) {
        this.mode = mode;
        this.log = log;
    }

    public WorkloadResult run(Workload workload, BenchServer server) {
        List<Participant> participants = workload.participants(server);
        int ops = workload.quickOpsPerRound(server) * mode.opsScale();
        Map<Participant, RoundTask> tasks = new LinkedHashMap<>();
        try {
            for (Participant participant : participants) {
                tasks.put(participant, workload.prepare(participant, server));
            }
            for (int i = 0; i < mode.warmupRounds(); i++) {
                for (RoundTask task : tasks.values()) {
                    task.runRound(ops);
                    task.afterRound();
                }
            }
            Map<Participant, List<RoundSample>> samples = new EnumMap<>(Participant.class);
            long deadline = System.nanoTime() + mode.budgetMillis() * 1_000_000L;
            for (int round = 0; round < mode.measuredRounds(); round++) {
                if (round >= MIN_ROUNDS && System.nanoTime() > deadline) {
                    break;
                }
                for (int k = 0; k < participants.size(); k++) {
                    Participant participant = participants.get((round + k) % participants.size());
                    RoundTask task = tasks.get(participant);
                    samples.computeIfAbsent(participant, p -> new ArrayList<>()).add(measure(task, ops));
                    task.afterRound();
                }
            }
            Map<Participant, SideSummary> summaries = new EnumMap<>(Participant.class);
            samples.forEach((participant, list) -> summaries.put(participant, SideSummary.of(list)));
            return new WorkloadResult(workload.name(), server.label(), summaries, null);
        } catch (Exception | OutOfMemoryError e) {
            log.println("  " + workload.name() + " on " + server.label() + " failed: " + e);
            return WorkloadResult.notRun(workload.name(), server.label(), "failed: " + e);
        } finally {
            for (RoundTask task : tasks.values()) {
                try {
                    task.close();
                } catch (Exception e) {
                    log.println("  closing " + workload.name() + " failed: " + e);
                }
            }
        }
    }

    private static RoundSample measure(RoundTask task, int ops) throws Exception {
        long[] threads = task.measuredThreads();
        long bytesBefore = ThreadMetrics.allocatedBytes(threads);
        long cpuBefore = ThreadMetrics.cpuNanos(threads);
        long start = System.nanoTime();
        task.runRound(ops);
        long elapsed = System.nanoTime() - start;
        long cpu = ThreadMetrics.cpuNanos(threads) - cpuBefore;
        long bytes = ThreadMetrics.allocatedBytes(threads) - bytesBefore;
        return new RoundSample(ops, elapsed, bytes, cpu);
    }
}
