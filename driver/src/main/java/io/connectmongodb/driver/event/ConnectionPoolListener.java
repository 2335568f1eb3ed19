package io.connectmongodb.driver.event;

/**
 * Receives the CMAP events of connection pools. Every method does nothing by default, so a
 * listener overrides only what it needs. Methods are called on the thread that caused the event,
 * must be quick and must not block; an exception they throw is logged and ignored.
 */
public interface ConnectionPoolListener {

    default void poolCreated(ConnectionPoolCreatedEvent event) {
    }

    default void poolReady(ConnectionPoolReadyEvent event) {
    }

    default void poolCleared(ConnectionPoolClearedEvent event) {
    }

    default void poolClosed(ConnectionPoolClosedEvent event) {
    }

    default void connectionCreated(ConnectionCreatedEvent event) {
    }

    default void connectionReady(ConnectionReadyEvent event) {
    }

    default void connectionClosed(ConnectionClosedEvent event) {
    }

    default void connectionCheckOutStarted(ConnectionCheckOutStartedEvent event) {
    }

    default void connectionCheckOutFailed(ConnectionCheckOutFailedEvent event) {
    }

    default void connectionCheckedOut(ConnectionCheckedOutEvent event) {
    }

    default void connectionCheckedIn(ConnectionCheckedInEvent event) {
    }
}
