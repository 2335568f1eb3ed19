package io.connectmongodb.driver.balancing;

/** The states of a per-server circuit breaker. */
public enum CircuitBreakerState {
    /** Calls flow; outcomes are counted. */
    CLOSED,
    /** The server is excluded from selection until the recovery timeout has passed. */
    OPEN,
    /** A limited number of probe calls may go through; their success closes the breaker, a failure reopens it. */
    HALF_OPEN
}
