package io.connectmongodb.spec;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts files, passes and skips (with reasons) of one topology-related spec suite and prints the summary line. */
final class TopologySpecTally {
    private final String suite;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private final Map<String, Integer> skipped = new TreeMap<>();

    TopologySpecTally(String suite) {
        this.suite = suite;
    }

    void file() {
        files.incrementAndGet();
    }

    void passed() {
        cases.incrementAndGet();
        passed.incrementAndGet();
    }

    void failed() {
        cases.incrementAndGet();
    }

    synchronized void skipped(String reason) {
        cases.incrementAndGet();
        skipped.merge(reason, 1, Integer::sum);
    }

    synchronized void print() {
        int skips = skipped.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println(suite + ": " + files + " files, " + cases + " cases, " + passed + " passed, "
                + (cases.get() - passed.get() - skips) + " failed, " + skips + " skipped"
                + (skipped.isEmpty() ? "" : " " + skipped));
    }
}
