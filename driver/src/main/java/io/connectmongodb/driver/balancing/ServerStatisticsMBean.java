package io.connectmongodb.driver.balancing;

/** JMX view of one server's load balancing figures: {@code io.connectmongodb:type=Server,address="host:port",balancer=N}. */
public interface ServerStatisticsMBean {

    String getAddress();

    String getStatus();

    String getBreakerState();

    long getAverageResponseMicros();

    double getErrorRate();

    int getOperationsInProgress();

    int getConnectionCount();

    double getRequestsPerSecond();

    long getTotalRequests();

    long getTotalFailures();
}
