package io.connectmongodb.benchmarks.runner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SideSummaryTest {

    @Test
    void percentilesAreNearestRankOnTheSlowSide() {
        List<RoundSample> samples = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            // 1000 ops in i ms: i-th round runs at 1,000,000 / i ops/s; bytes and CPU grow with i
            samples.add(new RoundSample(1000, i * 1_000_000L, i * 1000L, i * 2000L));
        }
        SideSummary s = SideSummary.of(samples);
        assertEquals(10, s.rounds());
        assertEquals(1_000_000.0 / 6, s.medianOpsPerSecond(), 1e-6); // 5th of 10 sorted ascending
        assertEquals(1_000_000.0 / 10, s.p90OpsPerSecond(), 1e-6);
        assertEquals(1_000_000.0 / 10, s.p99OpsPerSecond(), 1e-6);
        assertEquals(5.0, s.bytesPerOp(), 1e-9);
        assertEquals(10.0, s.cpuNanosPerOp(), 1e-9);
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SideSummary.of(List.of()));
    }

    @Test
    void ratiosComeFromTheMedians() {
        SideSummary ours = new SideSummary(3, 200, 150, 100, 1000, 5);
        SideSummary official = new SideSummary(3, 100, 90, 80, 4000, 9);
        WorkloadResult row = new WorkloadResult("w", "stub", java.util.Map.of(Participant.OURS, ours, Participant.OFFICIAL, official), null);
        assertEquals(2.0, row.throughputRatio(), 1e-9);
        assertEquals(0.25, row.allocationRatio(), 1e-9);
        assertEquals(Double.NaN, row.floorRatio());
    }
}
