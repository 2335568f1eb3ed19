package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RttMonitorTest {

    @Test
    void firstSampleIsTheAverageThenWeightedByAlpha() {
        RttMonitor rtt = new RttMonitor();
        assertNull(rtt.average());
        rtt.addSample(10);
        assertEquals(10.0, rtt.average(), 1e-9);
        rtt.addSample(20);
        assertEquals(0.2 * 20 + 0.8 * 10, rtt.average(), 1e-9);
    }

    @Test
    void minimumNeedsTwoSamplesAndCoversTheLastTen() {
        RttMonitor rtt = new RttMonitor();
        assertNull(rtt.minimum());
        rtt.addSample(3);
        assertEquals(0.0, rtt.minimum());
        rtt.addSample(5);
        assertEquals(3.0, rtt.minimum());
        for (int i = 0; i < 10; i++) {
            rtt.addSample(7 + i);
        }
        assertEquals(7.0, rtt.minimum(), "the 3 and 5 ms samples fell out of the window");
    }

    @Test
    void resetForgetsTheAverage() {
        RttMonitor rtt = new RttMonitor();
        rtt.addSample(100);
        rtt.reset();
        rtt.addSample(4);
        assertEquals(4.0, rtt.average(), 1e-9);
    }

    @Test
    void negativeSamplesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RttMonitor().addSample(-1));
    }
}
