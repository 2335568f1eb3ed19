package io.connectmongodb.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a step on several threads released at the same moment, each for a fixed number of rounds,
 * then waits for all of them (bounded) and fails with the first error a worker met, so races in
 * lock-free code are exercised and a worker that failed or hung fails the test.
 */
public final class Concurrently {
    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(30);

    /** One round of one worker. */
    @FunctionalInterface
    public interface Step {
        void run(int thread, int round) throws Exception;
    }

    private Concurrently() {
    }

    /** Runs {@code step} {@code rounds} times on each of {@code threads} threads. */
    public static void run(int threads, int rounds, Step step) throws InterruptedException {
        run(threads, rounds, step, () -> { });
    }

    /** Like {@link #run(int, int, Step)}, running {@code meanwhile} on the caller once the workers are released. */
    public static void run(int threads, int rounds, Step step, Runnable meanwhile) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        step.run(thread, round);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "concurrently-" + t);
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        meanwhile.run();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        for (Thread worker : workers) {
            worker.join(Math.max(1, deadline - System.currentTimeMillis()));
            if (worker.isAlive()) {
                throw new AssertionError(worker.getName() + " did not finish within " + WAIT_MILLIS + " ms");
            }
        }
        if (failure.get() != null) {
            throw new AssertionError("a worker failed: " + failure.get(), failure.get());
        }
    }
}
