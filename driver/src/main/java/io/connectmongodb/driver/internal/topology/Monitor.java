package io.connectmongodb.driver.internal.topology;

/** The topology's handle on the monitor of one server. */
public interface Monitor extends AutoCloseable {

    /** Starts checking in the background. */
    void start();

    /** Asks for a check as soon as {@code minHeartbeatFrequencyMS} allows, instead of waiting for the heartbeat. */
    void requestCheck();

    /** Aborts a check in progress (after an application network error), closing its connection. */
    void cancelCheck();

    /** Stops monitoring for good; a check in progress is abandoned and its outcome not reported. */
    @Override
    void close();
}
