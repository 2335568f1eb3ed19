package io.connectmongodb.driver.pool;

/**
 * The JMX view of one connection pool, registered under
 * {@code io.connectmongodb:type=ConnectionPool,address="host:port",pool=N} while the pool is open
 * ({@code pool} tells apart pools of several clients to the same server).
 */
public interface ConnectionPoolStatisticsMBean {

    String getAddress();

    String getState();

    int getGeneration();

    int getMaxPoolSize();

    int getTotalConnections();

    int getInUseConnections();

    int getAvailableConnections();

    int getPendingConnections();

    int getWaitingThreads();

    long getTotalCheckouts();

    long getFailedCheckouts();

    long getAverageCheckoutMicros();

    long getMaxCheckoutMicros();
}
