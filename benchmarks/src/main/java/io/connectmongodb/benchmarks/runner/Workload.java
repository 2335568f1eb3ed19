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

    /** Who is measured; both drivers unless a workload also measures the floor. */
    default List<Participant> participants(BenchServer server) {
        return List.of(Participant.OURS, Participant.OFFICIAL);
    }

    /** Sets up one participant (clients, data, worker threads) outside any measurement. */
    RoundTask prepare(Participant participant, BenchServer server) throws Exception;
}
