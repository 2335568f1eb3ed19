package io.connectmongodb.driver.balancing;

/** JMX view of a load balancer: {@code io.connectmongodb:type=Cluster,balancer=N}. */
public interface ClusterStatisticsMBean {

    String getStrategy();

    /** Switches the strategy at run time; the name of a {@link LoadBalancingStrategyType}. */
    void setStrategy(String strategy);

    long getTotalRequests();

    long getTotalFailures();

    int getOperationsInProgress();

    double getRequestsPerSecond();

    int getOpenCircuits();

    String[] getServers();
}
