package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** A server's circuit breaker closed again after its probe calls succeeded. */
public record CircuitBreakerClosedEvent(ServerAddress address) {
}
