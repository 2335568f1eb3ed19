package io.connectmongodb.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterleavedRunnerTest {
    private final PrintStream log = new PrintStream(new ByteArrayOutputStream());

    @Test
    void aFailingSideIsRecordedWhileTheOtherIsMeasured() {
        WorkloadResult row = new InterleavedRunner(RunMode.QUICK, log)
                .run(new FailingWorkload(EnumSet.of(Participant.OFFICIAL)), BenchServer.inMemory());
        assertTrue(row.measured());
        assertNotNull(row.summary(Participant.OURS));
        assertNull(row.summary(Participant.OFFICIAL));
        assertTrue(row.failure(Participant.OFFICIAL).contains("reply too large"), row.failure(Participant.OFFICIAL));
        assertNull(row.failure(Participant.OURS));
        assertTrue(Double.isNaN(row.throughputRatio()));
    }

    @Test
    void whenEverySideFailsTheRowIsAFailedRow() {
        WorkloadResult row = new InterleavedRunner(RunMode.QUICK, log)
                .run(new FailingWorkload(EnumSet.allOf(Participant.class)), BenchServer.inMemory());
        assertFalse(row.measured());
        assertTrue(row.notRun().startsWith("failed: "), row.notRun());
        assertEquals(0, row.summaries().size());
    }

    @Test
    void theObserverSeesEveryMeasuredRoundAndTheRowCarriesTheComparisonAndNote() {
        java.util.List<Participant> seen = new java.util.ArrayList<>();
        RoundObserver observer = (workload, server, participant, start, end, threads) -> {
            assertEquals("failing", workload);
            assertEquals("in-memory", server);
            assertFalse(end.isBefore(start));
            assertEquals(1, threads.length);
            assertEquals(Thread.currentThread().getId(), threads[0]);
            seen.add(participant);
        };
        Workload workload = new ComparedWorkload(new FailingWorkload(EnumSet.noneOf(Participant.class)) {
            @Override
            public String note() {
                return "a note";
            }
        }, Comparison.MAPPER_CODEC_VS_POJO_CODEC);
        WorkloadResult row = new InterleavedRunner(RunMode.QUICK, log, observer).run(workload, BenchServer.inMemory());
        int rounds = row.summary(Participant.OURS).rounds();
        assertEquals(rounds, seen.stream().filter(p -> p == Participant.OURS).count());
        assertEquals(row.summary(Participant.OFFICIAL).rounds(), seen.stream().filter(p -> p == Participant.OFFICIAL).count());
        assertEquals(Comparison.MAPPER_CODEC_VS_POJO_CODEC, row.comparison());
        assertEquals("a note", row.note());
    }

    /** Each round does a little work; the listed participants throw in their second round. */
    private static class FailingWorkload implements Workload {
        private final Set<Participant> failing;

        FailingWorkload(Set<Participant> failing) {
            this.failing = failing;
        }

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public boolean runsOn(BenchServer server) {
            return true;
        }

        @Override
        public int quickOpsPerRound(BenchServer server) {
            return 1;
        }

        @Override
        public RoundTask prepare(Participant participant, BenchServer server) {
            return new RoundTask() {
                private int rounds;

                @Override
                public void runRound(int ops) {
                    if (++rounds == 2 && failing.contains(participant)) {
                        throw new IllegalStateException("reply too large");
                    }
                }
            };
        }
    }
}
