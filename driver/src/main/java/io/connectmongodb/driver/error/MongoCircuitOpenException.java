package io.connectmongodb.driver.error;

import java.util.Map;

/**
 * Every suitable server is excluded by its circuit breaker (OPEN, or HALF_OPEN with all probe slots
 * taken), so the operation fails at once instead of waiting for the server selection timeout.
 * {@link #breakerStates()} maps each excluded server ({@code host:port}) to its breaker state.
 */
public class MongoCircuitOpenException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> breakerStates;

    public MongoCircuitOpenException(String message, Map<String, String> breakerStates) {
        super(message);
        this.breakerStates = Map.copyOf(breakerStates);
    }

    public Map<String, String> breakerStates() {
        return breakerStates;
    }
}
