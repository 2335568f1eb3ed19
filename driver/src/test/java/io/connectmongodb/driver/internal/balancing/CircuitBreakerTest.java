package io.connectmongodb.driver.internal.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.event.CircuitBreakerClosedEvent;
import io.connectmongodb.driver.event.CircuitBreakerHalfOpenEvent;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CircuitBreakerOpenedEvent;
import io.connectmongodb.driver.internal.pool.FakeNanoClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transition, driven by a fake clock: no sleeps. */
class CircuitBreakerTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("127.0.0.1", 27017);
    private static final MongoSocketException NETWORK_ERROR = new MongoSocketException("connection reset", ADDRESS);

    private final FakeNanoClock clock = new FakeNanoClock();
    private final List<Object> events = new ArrayList<>();
    private final CircuitBreakerListener listener = new CircuitBreakerListener() {
        @Override
        public void circuitOpened(CircuitBreakerOpenedEvent event) {
            events.add(event);
        }

        @Override
        public void circuitHalfOpen(CircuitBreakerHalfOpenEvent event) {
            events.add(event);
        }

        @Override
        public void circuitClosed(CircuitBreakerClosedEvent event) {
            events.add(event);
        }
    };

    private CircuitBreaker breaker(CircuitBreakerSettings.Builder settings) {
        return new CircuitBreaker(ADDRESS, settings.build(), clock, listener);
    }

    private static CircuitBreakerSettings.Builder settings() {
        return CircuitBreakerSettings.builder().failureThreshold(3).errorRateThreshold(0.5).minimumCalls(6)
                .slidingWindowSize(10).recoveryTimeout(Duration.ofSeconds(30)).halfOpenMaxCalls(2);
    }

    @Test
    void closedOpensAfterConsecutiveFailures() {
        CircuitBreaker breaker = breaker(settings());
        breaker.onFailure(NETWORK_ERROR);
        breaker.onFailure(NETWORK_ERROR);
        breaker.onSuccess(); // resets the consecutive count
        breaker.onFailure(NETWORK_ERROR);
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        CircuitBreakerOpenedEvent opened = (CircuitBreakerOpenedEvent) events.get(0);
        assertTrue(opened.reason().contains("3 consecutive failures"), opened.reason());
        assertTrue(opened.lastError().contains("connection reset"));
        assertFalse(breaker.isCallPermitted());
        assertFalse(breaker.tryAcquirePermission());
    }

    @Test
    void successesBeyondAFullHealthyWindowChangeNothingThenFailuresCountAsUsual() {
        // window 4, minimum 4 calls, rate > 0.5 opens; the streak threshold is out of reach
        CircuitBreaker breaker = breaker(CircuitBreakerSettings.builder().failureThreshold(100).errorRateThreshold(0.5)
                .minimumCalls(4).slidingWindowSize(4).recoveryTimeout(Duration.ofSeconds(30)).halfOpenMaxCalls(1));
        for (int i = 0; i < 1_000; i++) {
            breaker.onSuccess(); // after the first four the breaker skips its monitor
        }
        assertEquals(0.0, breaker.errorRate());
        breaker.onFailure(NETWORK_ERROR);
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(0.5, breaker.errorRate(), "[S, S, F, F]");
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
        breaker.onSuccess(); // recorded again: the window holds failures now
        assertEquals(0.5, breaker.errorRate(), "[S, F, F, S]");
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(0.75, breaker.errorRate(), "[F, F, S, F]");
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        assertFalse(breaker.isCallPermitted());
        assertFalse(breaker.tryAcquirePermission());
    }

    @Test
    void closedOpensWhenTheErrorRateExceedsTheThresholdWithEnoughCalls() {
        CircuitBreaker breaker = breaker(settings().failureThreshold(100));
        // F S F S F : 3 of 5 failed, but fewer than minimumCalls (6)
        breaker.onFailure(NETWORK_ERROR);
        breaker.onSuccess();
        breaker.onFailure(NETWORK_ERROR);
        breaker.onSuccess();
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
        breaker.onSuccess(); // 3 of 6 = 0.5: not above the threshold
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
        breaker.onFailure(NETWORK_ERROR); // 4 of 7
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        String reason = ((CircuitBreakerOpenedEvent) events.get(0)).reason();
        assertTrue(reason.contains("error rate 0.57 over the last 7 calls exceeds 0.50"), reason);
    }

    @Test
    void theWindowSlidesSoOldFailuresAreForgotten() {
        CircuitBreaker breaker = breaker(settings().failureThreshold(100).errorRateThreshold(0.9));
        for (int i = 0; i < 5; i++) {
            breaker.onFailure(NETWORK_ERROR);
            breaker.onSuccess();
        }
        assertEquals(0.5, breaker.errorRate());
        for (int i = 0; i < 10; i++) {
            breaker.onSuccess();
        }
        assertEquals(0.0, breaker.errorRate());
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
    }

    @Test
    void openTurnsHalfOpenOnlyAfterTheRecoveryTimeout() {
        CircuitBreaker breaker = opened();
        clock.advance(Duration.ofSeconds(29));
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        assertFalse(breaker.isCallPermitted());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(CircuitBreakerState.HALF_OPEN, breaker.state());
        assertEquals(new CircuitBreakerHalfOpenEvent(ADDRESS, 2), events.get(1));
    }

    @Test
    void openTurnsHalfOpenAtOnceWhenTheServerIsReachableAgain() {
        CircuitBreaker breaker = opened();
        breaker.onServerReachableAgain();
        assertEquals(CircuitBreakerState.HALF_OPEN, breaker.state());
        assertEquals(new CircuitBreakerHalfOpenEvent(ADDRESS, 2), events.get(1));
        assertTrue(breaker.tryAcquirePermission());
        breaker.onSuccess();
        assertTrue(breaker.tryAcquirePermission());
        breaker.onSuccess();
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
    }

    @Test
    void reachableAgainChangesNothingUnlessOpen() {
        CircuitBreaker closed = breaker(settings());
        closed.onServerReachableAgain();
        assertEquals(CircuitBreakerState.CLOSED, closed.state());
        CircuitBreaker halfOpen = halfOpen();
        assertTrue(halfOpen.tryAcquirePermission());
        int eventsBefore = events.size();
        halfOpen.onServerReachableAgain();
        assertEquals(eventsBefore, events.size(), "a half-open breaker keeps its probes");
        CircuitBreaker disabled = breaker(settings().enabled(false));
        disabled.onServerReachableAgain();
        assertEquals(CircuitBreakerState.CLOSED, disabled.state());
    }

    @Test
    void failuresOfCallsStartedBeforeTheServerCameBackAreIgnored() {
        // found by ServerRestartIT after retries landed: late failures of calls against the
        // stopped server arrived after the restart was seen and reopened (or tripped) the breaker
        CircuitBreaker breaker = opened();
        long startedDuringOutage = clock.getAsLong();
        clock.advance(Duration.ofSeconds(1));
        breaker.onServerReachableAgain();
        breaker.onFailure(NETWORK_ERROR, startedDuringOutage);
        assertEquals(CircuitBreakerState.HALF_OPEN, breaker.state(), "a stale failure does not reopen it");
        clock.advance(Duration.ofSeconds(1));
        breaker.onFailure(NETWORK_ERROR, clock.getAsLong());
        assertEquals(CircuitBreakerState.OPEN, breaker.state(), "a failure of a call started afterwards does");

        CircuitBreaker closed = breaker(settings());
        long before = clock.getAsLong();
        clock.advance(Duration.ofSeconds(1));
        closed.onServerReachableAgain();
        for (int i = 0; i < 5; i++) {
            closed.onFailure(NETWORK_ERROR, before);
        }
        assertEquals(CircuitBreakerState.CLOSED, closed.state(), "stale failures do not trip a closed breaker");
        assertEquals(0.0, closed.errorRate());
    }

    @Test
    void halfOpenLetsOnlyTheProbesThrough() {
        CircuitBreaker breaker = halfOpen();
        assertTrue(breaker.tryAcquirePermission());
        assertTrue(breaker.isCallPermitted());
        assertTrue(breaker.tryAcquirePermission());
        assertFalse(breaker.isCallPermitted(), "both probe slots are taken");
        assertFalse(breaker.tryAcquirePermission());
        breaker.releasePermission();
        assertTrue(breaker.tryAcquirePermission(), "an abandoned probe frees its slot");
    }

    @Test
    void halfOpenClosesWhenAllProbesSucceed() {
        CircuitBreaker breaker = halfOpen();
        breaker.tryAcquirePermission();
        breaker.tryAcquirePermission();
        breaker.onSuccess();
        assertEquals(CircuitBreakerState.HALF_OPEN, breaker.state());
        breaker.onSuccess();
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
        assertEquals(new CircuitBreakerClosedEvent(ADDRESS), events.get(events.size() - 1));
        assertEquals(0.0, breaker.errorRate(), "a closed breaker starts with a fresh window");
        breaker.onFailure(NETWORK_ERROR);
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(CircuitBreakerState.CLOSED, breaker.state(), "consecutive count was reset too");
    }

    @Test
    void halfOpenReopensOnAProbeFailureAndWaitsAFullRecoveryTimeoutAgain() {
        CircuitBreaker breaker = halfOpen();
        breaker.tryAcquirePermission();
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        CircuitBreakerOpenedEvent reopened = (CircuitBreakerOpenedEvent) events.get(events.size() - 1);
        assertTrue(reopened.reason().contains("probe"));
        clock.advance(Duration.ofSeconds(29));
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(CircuitBreakerState.HALF_OPEN, breaker.state());
    }

    @Test
    void outcomesOfCallsStartedBeforeOpeningAreIgnoredWhileOpen() {
        CircuitBreaker breaker = opened();
        int before = events.size();
        breaker.onSuccess();
        breaker.onFailure(NETWORK_ERROR);
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        assertEquals(before, events.size());
    }

    @Test
    void aDisabledBreakerNeverOpens() {
        CircuitBreaker breaker = breaker(settings().enabled(false));
        for (int i = 0; i < 50; i++) {
            breaker.onFailure(NETWORK_ERROR);
        }
        assertTrue(breaker.tryAcquirePermission());
        assertEquals(CircuitBreakerState.CLOSED, breaker.state());
        assertTrue(events.isEmpty());
    }

    @Test
    void badSettingsAreRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CircuitBreakerSettings.builder().failureThreshold(0).build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CircuitBreakerSettings.builder().errorRateThreshold(1.5).build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CircuitBreakerSettings.builder().minimumCalls(30).slidingWindowSize(20).build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CircuitBreakerSettings.builder().recoveryTimeout(Duration.ZERO).build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CircuitBreakerSettings.builder().halfOpenMaxCalls(0).build());
    }

    private CircuitBreaker opened() {
        CircuitBreaker breaker = breaker(settings());
        for (int i = 0; i < 3; i++) {
            breaker.onFailure(NETWORK_ERROR);
        }
        assertEquals(CircuitBreakerState.OPEN, breaker.state());
        return breaker;
    }

    private CircuitBreaker halfOpen() {
        CircuitBreaker breaker = opened();
        clock.advance(Duration.ofSeconds(30));
        assertEquals(CircuitBreakerState.HALF_OPEN, breaker.state());
        return breaker;
    }
}
