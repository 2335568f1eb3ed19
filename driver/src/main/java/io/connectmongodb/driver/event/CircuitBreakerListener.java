package io.connectmongodb.driver.event;

/**
 * Receives per-server circuit breaker transitions. Methods do nothing by default; they are called on
 * the thread whose call caused the transition, after the breaker's state changed, and must be quick.
 * An exception they throw is logged and ignored.
 */
public interface CircuitBreakerListener {

    default void circuitOpened(CircuitBreakerOpenedEvent event) {
    }

    default void circuitHalfOpen(CircuitBreakerHalfOpenEvent event) {
    }

    default void circuitClosed(CircuitBreakerClosedEvent event) {
    }
}
