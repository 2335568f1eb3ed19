package io.connectmongodb.driver.event;

/**
 * Receives server lifecycle and description events. Methods are called on driver threads and must
 * return quickly; every method does nothing by default.
 */
public interface ServerListener {
    default void serverOpening(ServerOpeningEvent event) {
    }

    default void serverDescriptionChanged(ServerDescriptionChangedEvent event) {
    }

    default void serverClosed(ServerClosedEvent event) {
    }
}
