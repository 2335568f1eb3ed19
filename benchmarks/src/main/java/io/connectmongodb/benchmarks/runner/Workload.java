package io.connectmongodb.benchmarks.runner;

import java.util.List;

/**
 * One benchmark row: what a round of operations is, for each participant, on a server. Adding a
 * workload when its feature lands means writing one small implementation of this interface.
 */
public interface Workload {

    /** The row name in the report, e.g. {@code "FindOne by _id"}. */
    String name();

    /** Whether this workload runs on {@code server} (e.g. BSON codecs run only in memory). */
    boolean runsOn(BenchServer server);

    /** Operations per round in quick mode; the full mode multiplies it by {@link RunMode#opsScale()}. */
    int quickOpsPerRound(BenchServer server);

    /** Operations per round in {@code mode}: by default the quick count times {@link RunMode#opsScale()}. */
    default int opsPerRound(BenchServer server, RunMode mode) {
        return quickOpsPerRound(server) * mode.opsScale();
    }

    /** Unmeasured rounds per participant before measuring; the mode's count unless a workload needs fewer. */
    default int warmupRounds(RunMode mode) {
        return mode.warmupRounds();
    }

    /** A finding printed under the row once its rounds are done (e.g. a heap bound), or {@code null}. */
    default String note() {
        return null;
    }

    /** Who is measured; both drivers unless a workload also measures the floor. */
    default List<Participant> participants(BenchServer server) {
        return List.of(Participant.OURS, Participant.OFFICIAL);
    }

    /** What the row's two columns compare; connect-mongodb vs the official driver unless overridden. */
    default Comparison comparison() {
        return Comparison.DRIVER_VS_OFFICIAL;
    }

    /** Sets up one participant (clients, data, worker threads) outside any measurement. */
    RoundTask prepare(Participant participant, BenchServer server) throws Exception;
}
