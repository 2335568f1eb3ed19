package io.connectmongodb.benchmarks.runner;

import java.lang.management.ManagementFactory;

/**
 * Allocated bytes and CPU time of given threads, from {@code com.sun.management.ThreadMXBean}.
 * These counters are exact per thread, so they are far steadier than wall time on a shared machine.
 */
final class ThreadMetrics {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        THREADS.setThreadAllocatedMemoryEnabled(true);
        THREADS.setThreadCpuTimeEnabled(true);
    }

    private ThreadMetrics() {
    }

    /** Bytes allocated so far by {@code threads}, or by the calling thread when {@code null}. */
    static long allocatedBytes(long[] threads) {
        if (threads == null) {
            return THREADS.getCurrentThreadAllocatedBytes();
        }
        long sum = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(threads)) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    /** CPU nanoseconds used so far by {@code threads}, or by the calling thread when {@code null}. */
    static long cpuNanos(long[] threads) {
        if (threads == null) {
            return THREADS.getCurrentThreadCpuTime();
        }
        long sum = 0;
        for (long id : threads) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }
}
