package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/**
 * A server's circuit breaker opened: the server is excluded from selection until its recovery timeout.
 *
 * @param reason     why, for example "5 consecutive failures" or "error rate 0.60 over 10 calls exceeds 0.50"
 * @param lastError  the failure that tripped it, as text (type and message), or {@code null}
 */
public record CircuitBreakerOpenedEvent(ServerAddress address, String reason, String lastError) {
}
