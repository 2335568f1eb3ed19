package io.connectmongodb.driver.internal.validation;

import java.util.List;

/** Null and emptiness checks for API arguments, so a caller sees which argument was wrong rather than an NPE. */
public final class Arguments {
    private Arguments() {
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** A non-null list without null elements. */
    public static <T> List<T> noNullElements(String name, List<T> values) {
        notNull(name, values);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + " must not contain null, but element " + i + " is null");
            }
        }
        return values;
    }

    /** A non-null list with at least one element and no null elements. */
    public static <T> List<T> notEmpty(String name, List<T> values) {
        noNullElements(name, values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return values;
    }

    public static int notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /** A non-negative duration in milliseconds; fails with a message naming {@code name}. */
    public static long nonNegativeMillis(String name, long duration, java.util.concurrent.TimeUnit unit) {
        notNull(name + " unit", unit);
        if (duration < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
        return unit.toMillis(duration);
    }
}
