package io.connectmongodb.benchmarks.runner;

import java.util.List;

/**
 * A workload declared with an explicit {@link Comparison} by the catalog, for workloads whose own
 * class does not say what its columns compare (e.g. the ODM codec rows: mapper vs PojoCodec, or the
 * hand-written ceiling). Everything else is delegated unchanged.
 */
public final class ComparedWorkload implements Workload {
    private final Workload delegate;
    private final Comparison comparison;

    public ComparedWorkload(Workload delegate, Comparison comparison) {
        if (delegate == null || comparison == null) {
            throw new IllegalArgumentException("workload and comparison are required");
        }
        this.delegate = delegate;
        this.comparison = comparison;
    }

    @Override
    public Comparison comparison() {
        return comparison;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return delegate.runsOn(server);
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return delegate.quickOpsPerRound(server);
    }

    @Override
    public int opsPerRound(BenchServer server, RunMode mode) {
        return delegate.opsPerRound(server, mode);
    }

    @Override
    public int warmupRounds(RunMode mode) {
        return delegate.warmupRounds(mode);
    }

    @Override
    public String note() {
        return delegate.note();
    }

    @Override
    public List<Participant> participants(BenchServer server) {
        return delegate.participants(server);
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) throws Exception {
        return delegate.prepare(participant, server);
    }
}
