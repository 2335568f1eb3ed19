package io.connectmongodb.driver.event;

/** Why the pool closed a connection (the CMAP reasons). */
public enum ConnectionClosedReason {
    /** The pool was cleared after the connection was created. */
    STALE,
    /** The connection sat available longer than {@code maxIdleTimeMS} (or outlived {@code maxLifetimeMS}). */
    IDLE,
    /** The connection failed: a network or protocol error, or its establishment failed. */
    ERROR,
    /** The pool was closed. */
    POOL_CLOSED
}
