package io.connectmongodb.reliability;

import io.connectmongodb.driver.error.MongoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tallies what the operations of a suite ended in: successes, typed failures by exception class,
 * and untyped failures (anything that is not a driver {@link MongoException}), keeping the first
 * few untyped ones whole for the failure message. Every failure is also handed to the
 * {@link SecretScan}, so exception texts are scanned for secrets.
 */
final class Outcomes {
    private final LongAdder successes = new LongAdder();
    private final Map<String, AtomicLong> typed = new ConcurrentHashMap<>();
    private final List<Throwable> untyped = new ArrayList<>();
    private final LongAdder untypedCount = new LongAdder();
    private final SecretScan scan;

    Outcomes(SecretScan scan) {
        this.scan = scan;
    }

    void success() {
        successes.increment();
    }

    /** Records {@code error}; returns whether it was typed. */
    boolean failure(Throwable error) {
        scan.addThrowable(error);
        if (error instanceof MongoException) {
            typed.computeIfAbsent(error.getClass().getSimpleName(), n -> new AtomicLong()).incrementAndGet();
            return true;
        }
        untypedCount.increment();
        synchronized (untyped) {
            if (untyped.size() < 5) {
                untyped.add(error);
            }
        }
        return false;
    }

    long successes() {
        return successes.sum();
    }

    long typedFailures() {
        long total = 0;
        for (AtomicLong count : typed.values()) {
            total += count.get();
        }
        return total;
    }

    long untypedFailures() {
        return untypedCount.sum();
    }

    Map<String, Long> typedByClass() {
        Map<String, Long> copy = new TreeMap<>();
        typed.forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }

    /** The kept untyped failures, with stack traces, for an assertion message. */
    String untypedExamples() {
        StringBuilder text = new StringBuilder();
        synchronized (untyped) {
            for (Throwable t : untyped) {
                java.io.StringWriter out = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(out));
                text.append(out).append('\n');
            }
        }
        return text.toString();
    }
}
