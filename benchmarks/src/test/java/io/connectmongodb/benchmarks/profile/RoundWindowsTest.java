package io.connectmongodb.benchmarks.profile;

import io.connectmongodb.benchmarks.runner.Participant;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RoundWindowsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void samplesAreChargedToOurRoundOnItsThreadsOnly() {
        RoundWindows windows = new RoundWindows();
        windows.measuredRound("FindOne by _id", "stub", Participant.OURS, T0, T0.plusMillis(100), new long[] {7});
        windows.measuredRound("FindOne by _id", "stub", Participant.OFFICIAL, T0.plusMillis(100), T0.plusMillis(200), new long[] {7});
        windows.measuredRound("findOne, 8 workers", "stub", Participant.OURS, T0.plusMillis(300), T0.plusMillis(400),
                new long[] {11, 12});
        windows.measuredRound("FindOne by _id", "stub", Participant.OURS, T0.plusMillis(200), T0.plusMillis(300), new long[] {7});

        assertEquals(List.of("FindOne by _id (stub)", "findOne, 8 workers (stub)"), windows.keys());
        assertEquals("FindOne by _id (stub)", windows.find(T0.plusMillis(50), 7));
        assertNull(windows.find(T0.plusMillis(50), 8), "another thread");
        assertNull(windows.find(T0.plusMillis(150), 7), "the official driver's round");
        assertEquals("FindOne by _id (stub)", windows.find(T0.plusMillis(250), 7));
        assertEquals("findOne, 8 workers (stub)", windows.find(T0.plusMillis(350), 12));
        assertNull(windows.find(T0.minusMillis(1), 7), "before every round");
        assertNull(windows.find(T0.plusMillis(401), 11), "after every round");
    }
}
