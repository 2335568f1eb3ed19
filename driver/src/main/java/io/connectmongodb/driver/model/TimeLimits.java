package io.connectmongodb.driver.model;

import java.util.concurrent.TimeUnit;

/** Converts a caller's time limit to the milliseconds the server expects, refusing negative values. */
final class TimeLimits {
    private TimeLimits() {
    }

    static long toMillis(String what, long duration, TimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException(what + " time unit must not be null");
        }
        if (duration < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + duration + " " + unit);
        }
        return unit.toMillis(duration);
    }
}
