package io.connectmongodb.driver.event;

/** Why a checkout failed (the CMAP reasons). */
public enum ConnectionCheckOutFailedReason {
    /** The pool is closed. */
    POOL_CLOSED,
    /** The wait queue timeout elapsed. */
    TIMEOUT,
    /** Establishing a connection failed, or the pool was paused or cleared. */
    CONNECTION_ERROR
}
