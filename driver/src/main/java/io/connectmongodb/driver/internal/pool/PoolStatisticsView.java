package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.pool.ConnectionPoolStatisticsMBean;

/** The JMX face of a pool: each attribute reads a fresh {@link ConnectionPool#statistics()} snapshot. */
final class PoolStatisticsView implements ConnectionPoolStatisticsMBean {
    private final ConnectionPool pool;

    PoolStatisticsView(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public String getAddress() {
        return pool.address().toString();
    }

    @Override
    public String getState() {
        return pool.statistics().state();
    }

    @Override
    public int getGeneration() {
        return pool.generation();
    }

    @Override
    public int getMaxPoolSize() {
        return pool.settings().maxPoolSize();
    }

    @Override
    public int getTotalConnections() {
        return pool.statistics().total();
    }

    @Override
    public int getInUseConnections() {
        return pool.statistics().inUse();
    }

    @Override
    public int getAvailableConnections() {
        return pool.statistics().available();
    }

    @Override
    public int getPendingConnections() {
        return pool.statistics().pending();
    }

    @Override
    public int getWaitingThreads() {
        return pool.statistics().waiting();
    }

    @Override
    public long getTotalCheckouts() {
        return pool.statistics().totalCheckouts();
    }

    @Override
    public long getFailedCheckouts() {
        return pool.statistics().failedCheckouts();
    }

    @Override
    public long getAverageCheckoutMicros() {
        return pool.statistics().averageCheckoutMicros();
    }

    @Override
    public long getMaxCheckoutMicros() {
        return pool.statistics().maxCheckoutMicros();
    }
}
