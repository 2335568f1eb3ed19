package io.connectmongodb.driver.event;

/**
 * Receives topology lifecycle and description events. Methods are called on driver threads, in
 * order for one topology, and must return quickly; every method does nothing by default.
 */
public interface TopologyListener {
    default void topologyOpening(TopologyOpeningEvent event) {
    }

    default void topologyDescriptionChanged(TopologyDescriptionChangedEvent event) {
    }

    default void topologyClosed(TopologyClosedEvent event) {
    }
}
