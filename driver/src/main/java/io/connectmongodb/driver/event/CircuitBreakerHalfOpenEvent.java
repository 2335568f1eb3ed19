package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** A server's circuit breaker let its recovery timeout pass and now admits {@code probeCalls} probe calls. */
public record CircuitBreakerHalfOpenEvent(ServerAddress address, int probeCalls) {
}
