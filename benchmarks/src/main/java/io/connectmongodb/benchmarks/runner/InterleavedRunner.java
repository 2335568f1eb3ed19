package io.connectmongodb.benchmarks.runner;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one workload on one server with its participants in alternating rounds, in one JVM.
 *
 * <p>Algorithm: prepare every participant (unmeasured); run {@link Workload#warmupRounds} rounds of
 * each, in turn; then measured rounds, rotating which participant goes first each round so that
 * drift in the machine's load (other processes, GC, JIT) falls evenly on all of them. A round
 * records wall time, and allocated bytes and CPU time of the measured threads (see
 * {@link ThreadMetrics}). Measuring stops after {@link RunMode#measuredRounds()} rounds, or earlier
 * once the mode's time budget is spent and at least {@link #MIN_ROUNDS} rounds are in. A participant
 * whose preparation or round throws is dropped from the rounds and its error recorded; the others
 * go on, so the row shows their figures beside the failure. When every participant failed, the row
 * is a "failed" row naming the first error.
 */
public final class InterleavedRunner {
    public static final int MIN_ROUNDS = 3;

    private final RunMode mode;
    private final PrintStream log;
    private final RoundObserver observer;

    public InterleavedRunner(RunMode mode, PrintStream log) {
        this(mode, log, RoundObserver.NONE);
    }

    /** A runner that tells {@code observer} about each measured round (e.g. for {@code --profile}). */
    public InterleavedRunner(RunMode mode, PrintStream log, RoundObserver observer) {
        this.mode = mode;
        this.log = log;
        this.observer = observer;
    }

    public WorkloadResult run(Workload workload, BenchServer server) {
        List<Participant> active = new ArrayList<>(workload.participants(server));
        int ops = workload.opsPerRound(server, mode);
        Map<Participant, RoundTask> tasks = new LinkedHashMap<>();
        Map<Participant, String> failures = new EnumMap<>(Participant.class);
        try {
            for (Participant participant : List.copyOf(active)) {
                try {
                    tasks.put(participant, workload.prepare(participant, server));
                } catch (Exception | OutOfMemoryError e) {
                    fail(workload, server, participant, e, active, tasks, failures);
                }
            }
            for (int i = 0; i < workload.warmupRounds(mode); i++) {
                for (Participant participant : List.copyOf(active)) {
                    try {
                        RoundTask task = tasks.get(participant);
                        task.runRound(ops);
                        task.afterRound();
                    } catch (Exception | OutOfMemoryError e) {
                        fail(workload, server, participant, e, active, tasks, failures);
                    }
                }
            }
            Map<Participant, List<RoundSample>> samples = new EnumMap<>(Participant.class);
            long deadline = System.nanoTime() + mode.budgetMillis() * 1_000_000L;
            for (int round = 0; round < mode.measuredRounds() && !active.isEmpty(); round++) {
                if (round >= MIN_ROUNDS && System.nanoTime() > deadline) {
                    break;
                }
                List<Participant> order = List.copyOf(active);
                for (int k = 0; k < order.size(); k++) {
                    Participant participant = order.get((round + k) % order.size());
                    try {
                        RoundTask task = tasks.get(participant);
                        Instant start = Instant.now();
                        RoundSample sample = measure(task, ops);
                        observer.measuredRound(workload.name(), server.label(), participant, start, Instant.now(),
                                threadIds(task));
                        task.afterRound();
                        samples.computeIfAbsent(participant, p -> new ArrayList<>()).add(sample);
                    } catch (Exception | OutOfMemoryError e) {
                        samples.remove(participant);
                        fail(workload, server, participant, e, active, tasks, failures);
                    }
                }
            }
            if (active.isEmpty()) {
                return WorkloadResult.notRun(workload.name(), server.label(), "failed: " + failures.values().iterator().next(),
                        workload.comparison());
            }
            Map<Participant, SideSummary> summaries = new EnumMap<>(Participant.class);
            samples.forEach((participant, list) -> summaries.put(participant, SideSummary.of(list)));
            return new WorkloadResult(workload.name(), server.label(), summaries, null, failures, workload.comparison(),
                    workload.note());
        } finally {
            for (RoundTask task : tasks.values()) {
                close(workload, task);
            }
        }
    }

    /** Drops a failed participant: records its error, closes its task, takes it out of the rounds. */
    private void fail(Workload workload, BenchServer server, Participant participant, Throwable error,
                      List<Participant> active, Map<Participant, RoundTask> tasks, Map<Participant, String> failures) {
        log.println("  " + workload.name() + " on " + server.label() + ": " + participant + " failed: " + error);
        failures.put(participant, error.toString());
        active.remove(participant);
        RoundTask task = tasks.remove(participant);
        if (task != null) {
            close(workload, task);
        }
    }

    private void close(Workload workload, RoundTask task) {
        try {
            task.close();
        } catch (Exception e) {
            log.println("  closing " + workload.name() + " failed: " + e);
        }
    }

    private static long[] threadIds(RoundTask task) {
        long[] threads = task.measuredThreads();
        return threads != null ? threads : new long[] {Thread.currentThread().getId()};
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
