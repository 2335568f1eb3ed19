package io.connectmongodb.driver.balancing;

/** A summary of a server's health as seen by the load balancer. */
public enum ServerStatus {
    /** Breaker closed and error rate below half the breaker's threshold. */
    HEALTHY,
    /** Breaker half-open, or closed with an error rate of at least half its threshold. */
    DEGRADED,
    /** Breaker open: the server is excluded from selection. */
    FAILED
}
