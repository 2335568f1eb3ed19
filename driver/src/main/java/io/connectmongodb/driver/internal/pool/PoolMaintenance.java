package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import java.util.concurrent.TimeUnit;

/**
 * The pool's background thread. It performs one maintenance run (prune perished idle connections,
 * then fill up to {@code minPoolSize}), then sleeps for the interval or until {@link #wake()} asks
 * for the next run at once (after {@code ready()} and {@code clear()}, as CMAP recommends). A run
 * does only the work available now and never waits for more. Daemon thread; {@link #stop()} ends it.
 */
final class PoolMaintenance {
    private static final System.Logger LOGGER = System.getLogger(PoolMaintenance.class.getName());

    private final Runnable run;
    private final long intervalMillis;
    private final Thread thread;
    private final Object monitor = new Object();
    private boolean wakeRequested;
    private volatile boolean stopped;

    PoolMaintenance(ServerAddress address, long intervalMillis, Runnable run) {
        this.run = run;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, "connect-mongodb-pool-maintenance-" + address);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Asks for the next run to begin as soon as the current one (if any) ends. */
    void wake() {
        synchronized (monitor) {
            wakeRequested = true;
            monitor.notifyAll();
        }
    }

    /** Ends the thread; a connection it is establishing is interrupted. Does not wait. */
    void stop() {
        stopped = true;
        wake();
        thread.interrupt();
    }

    private void loop() {
        while (!stopped) {
            try {
                run.run();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "connection pool maintenance run failed", e);
            }
            try {
                synchronized (monitor) {
                    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(intervalMillis);
                    long left = intervalMillis;
                    while (!wakeRequested && !stopped && left > 0) {
                        monitor.wait(left);
                        left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    }
                    wakeRequested = false;
                }
            } catch (InterruptedException e) {
                if (stopped) {
                    return;
                }
                Thread.interrupted();
            }
        }
    }
}
