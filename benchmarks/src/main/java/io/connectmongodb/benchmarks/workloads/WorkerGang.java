package io.connectmongodb.benchmarks.workloads;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A fixed set of worker threads that run one round together: each round, every worker performs its
 * share of the operations (the total split as evenly as possible) and the caller waits at a barrier
 * until all are done. The threads live across rounds so thread start-up is not measured; their ids
 * are what the runner measures allocation and CPU on. The first worker failure is rethrown to the
 * caller. A round that does not finish within the timeout fails instead of hanging.
 */
final class WorkerGang implements AutoCloseable {
    /** One worker's operation loop: called with how many operations to perform. */
    interface WorkerLoop {
        void run(int ops) throws Exception;
    }

    private static final long ROUND_TIMEOUT_SECONDS = 300;
    private final Thread[] threads;
    private final long[] ids;
    private final CyclicBarrier start;
    private final CyclicBarrier done;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile int opsPerRound;
    private volatile boolean closed;

    /** Starts {@code workers} threads; {@code loops} gives each worker (by index) its loop. */
    WorkerGang(String name, int workers, IntFunction<WorkerLoop> loops) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be positive: " + workers);
        }
        threads = new Thread[workers];
        ids = new long[workers];
        start = new CyclicBarrier(workers + 1);
        done = new CyclicBarrier(workers + 1);
        for (int w = 0; w < workers; w++) {
            int index = w;
            WorkerLoop loop = loops.apply(w);
            threads[w] = new Thread(() -> work(index, loop), name + "-" + w);
            threads[w].setDaemon(true);
            threads[w].start();
            ids[w] = threads[w].getId();
        }
    }

    long[] threadIds() {
        return ids.clone();
    }

    /** Runs one round of {@code ops} operations across all workers. */
    void runRound(int ops) throws Exception {
        opsPerRound = ops;
        await(start);
        await(done);
        Throwable t = failure.getAndSet(null);
        if (t instanceof Exception) {
            throw (Exception) t;
        }
        if (t != null) {
            throw new IllegalStateException("worker failed", t);
        }
    }

    private void work(int index, WorkerLoop loop) {
        while (true) {
            try {
                start.await();
                if (closed) {
                    return;
                }
                int workers = threads.length;
                int share = opsPerRound / workers + (index < opsPerRound % workers ? 1 : 0);
                try {
                    loop.run(share);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
                done.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                return;
            }
        }
    }

    private static void await(CyclicBarrier barrier) throws Exception {
        try {
            barrier.await(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            barrier.reset();
            throw new IllegalStateException("a round did not finish within " + ROUND_TIMEOUT_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        start.reset(); // wakes waiting workers with BrokenBarrierException
        for (Thread thread : threads) {
            thread.interrupt();
        }
    }
}
