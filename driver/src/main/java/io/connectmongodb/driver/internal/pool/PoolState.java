package io.connectmongodb.driver.internal.pool;

/** The CMAP pool states: a pool starts paused, is made ready by server checks and ends closed. */
enum PoolState {
    /** No checkouts, no background connection creation (the initial state, and the state after a clear). */
    PAUSED,
    /** Serving checkouts and keeping {@code minPoolSize} connections. */
    READY,
    /** Final: checkouts fail, checked-in connections are closed. */
    CLOSED
}
