package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.testsupport.Concurrently;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.driver.internal.pool.FakeNanoClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lock-free figures every finished operation updates: no sample may be lost or applied twice. */
class HotPathCountersTest {

    @Test
    void latencyAverageStartsAtTheFirstSampleThenSmooths() {
        LatencyAverage average = new LatencyAverage(0.25);
        assertEquals(-1, average.nanos());
        average.add(1_000);
        assertEquals(1_000, average.nanos());
        average.add(2_000);
        assertEquals(1_250, average.nanos());
    }

    @Test
    void latencyAverageOfConcurrentEqualSamplesIsThatSample() throws Exception {
        LatencyAverage average = new LatencyAverage(0.5);
        Concurrently.run(4, 5_000, (thread, round) -> average.add(700));
        assertEquals(700, average.nanos());
    }

    @Test
    void requestRateCountsEveryConcurrentRecord() throws Exception {
        FakeNanoClock clock = new FakeNanoClock();
        RequestRateMeter meter = new RequestRateMeter(clock);
        Concurrently.run(4, 10_000, (thread, round) -> meter.record());
        assertEquals(40_000.0, meter.perSecond(), "all in second 0: the rate divides by one second");
        clock.advance(Duration.ofSeconds(1));
        meter.record();
        assertEquals(40_001 / 2.0, meter.perSecond());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(0.0, meter.perSecond(), "buckets older than the window no longer count");
        meter.record();
        assertEquals(0.1, meter.perSecond(), 1e-9);
    }

    @Test
    void aBucketIsReusedTenSecondsLaterWithoutItsOldCount() {
        FakeNanoClock clock = new FakeNanoClock();
        RequestRateMeter meter = new RequestRateMeter(clock);
        for (int i = 0; i < 5; i++) {
            meter.record();
        }
        clock.advance(Duration.ofSeconds(RequestRateMeter.SECONDS));
        meter.record(); // same slot as second 0
        assertEquals(0.1, meter.perSecond(), 1e-9);
    }
}
