package io.connectmongodb.benchmarks.profile;

import io.connectmongodb.benchmarks.runner.Participant;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadProfilesTest {
    private static volatile byte[] escaped; // keeps the JIT from eliding the allocations

    @Test
    void aRecordedRoundIsProfiledUnderItsWorkload(@TempDir Path dir) throws Exception {
        RoundWindows windows = new RoundWindows();
        Path file = dir.resolve("test.jfr");
        long sink = 0;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2)).withStackTrace();
            recording.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s").withStackTrace();
            recording.start();
            sink += busy(150); // outside any window
            Instant start = Instant.now();
            sink += busy(300);
            windows.measuredRound("busy loop", "in-memory", Participant.OURS, start, Instant.now(),
                    new long[] {Thread.currentThread().getId()});
            recording.stop();
            recording.dump(file);
        }
        String md = WorkloadProfiles.read(file, windows).markdown("# profiles", 8);
        assertTrue(sink != 0);
        assertTrue(md.startsWith("# profiles"), md);
        assertTrue(md.contains("### busy loop (in-memory)"), md);
        // allocation samples are throttled, not timed, so they always arrive; CPU samples may not on a loaded machine
        assertTrue(md.contains("| Allocation site (nearest connect-mongodb frame) | share | mostly |\n|---|---:|---|\n"
                + "| `outside connect-mongodb: io.connectmongodb.benchmarks.profile.WorkloadProfilesTest.busy` | 100.0% | `[B` |"), md);
        assertTrue(md.contains("| CPU site (nearest connect-mongodb frame) | share |\n|---|---:|\n| (no samples) | |")
                || md.contains("|---|---:|\n| `outside connect-mongodb: io.connectmongodb.benchmarks.profile.WorkloadProfilesTest.busy` |"),
                md);
    }

    /** Allocates and computes for about {@code millis} ms. */
    private static long busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long sum = 0;
        while (System.nanoTime() < end) {
            byte[] block = new byte[4096];
            block[sum > 0 ? 1 : 0] = 1;
            escaped = block;
            sum += block.length + block[1];
        }
        return sum;
    }
}
