package io.connectmongodb.driver.event;

/**
 * Receives heartbeat events from server monitors. Methods are called on monitor threads and must
 * return quickly; every method does nothing by default.
 */
public interface ServerMonitorListener {
    default void serverHeartbeatStarted(ServerHeartbeatStartedEvent event) {
    }

    default void serverHeartbeatSucceeded(ServerHeartbeatSucceededEvent event) {
    }

    default void serverHeartbeatFailed(ServerHeartbeatFailedEvent event) {
    }
}
