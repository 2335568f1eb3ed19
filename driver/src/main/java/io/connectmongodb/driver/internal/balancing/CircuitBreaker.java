package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.event.CircuitBreakerClosedEvent;
import io.connectmongodb.driver.event.CircuitBreakerHalfOpenEvent;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CircuitBreakerOpenedEvent;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One server's circuit breaker (see {@link CircuitBreakerSettings} for the rules).
 *
 * <p>CLOSED counts outcomes in a count-based {@link OutcomeWindow} and a consecutive-failure counter
 * and opens when either threshold is crossed. OPEN refuses calls; the move to HALF_OPEN happens
 * lazily, the first time the breaker is consulted after the recovery timeout (no timer thread).
 * An OPEN breaker also turns HALF_OPEN as soon as the server's monitor reaches the server again after
 * it was unreachable ({@link #onServerReachableAgain}); failures of calls that started before that
 * moment are then ignored, since they describe the server before it came back. HALF_OPEN hands out at most {@code halfOpenMaxCalls} probe permissions; when that many probes have
 * succeeded it closes with a fresh window, and the first failed probe reopens it. Outcomes of calls
 * that started before the breaker opened are ignored while it is open. Time comes from an injected
 * nanosecond clock, so tests drive every transition without sleeping. Transitions are computed under
 * the breaker's monitor; listeners are called after it is released. The state is also published in
 * a volatile field, so the permission checks of a CLOSED breaker (every call of a healthy server)
 * read it without taking the monitor; a transition racing with such a check is seen by the next one,
 * exactly as if the check had taken the monitor just before the transition.
 */
public final class CircuitBreaker {
    private static final System.Logger LOGGER = System.getLogger(CircuitBreaker.class.getName());

    private final ServerAddress address;
    private final CircuitBreakerSettings settings;
    private final LongSupplier nanoClock;
    private final CircuitBreakerListener listener;
    private final OutcomeWindow window;
    /** Written under the monitor; volatile so that a CLOSED breaker answers permission checks without it. */
    private volatile CircuitBreakerState state = CircuitBreakerState.CLOSED;
    private int consecutiveFailures;
    /**
     * CLOSED with a full window of successes and no failure streak: one more success would change
     * nothing (the ring holds only successes whatever its position), so {@link #onSuccess} skips the
     * monitor. Written under the monitor; cleared by every failure and transition.
     */
    private volatile boolean onlySuccesses;
    private long openedAtNanos;
    private int probesHandedOut;
    private int probesSucceeded;
    private boolean reachedAgain;
    private long reachedAgainNanos;

    public CircuitBreaker(ServerAddress address, CircuitBreakerSettings settings, LongSupplier nanoClock,
                          CircuitBreakerListener listener) {
        this.address = Objects.requireNonNull(address, "address");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.window = new OutcomeWindow(settings.slidingWindowSize());
    }

    public ServerAddress address() {
        return address;
    }

    /** The current state (an OPEN breaker past its recovery timeout reports, and becomes, HALF_OPEN). */
    public CircuitBreakerState state() {
        Object event;
        CircuitBreakerState current;
        synchronized (this) {
            event = recoverIfDue();
            current = state;
        }
        publish(event);
        return current;
    }

    /** Whether a call would be let through now, without taking a probe slot. */
    public boolean isCallPermitted() {
        if (!settings.enabled() || state == CircuitBreakerState.CLOSED) {
            return true; // CLOSED has nothing to recover and permits all: no need to queue on the monitor
        }
        Object event;
        boolean permitted;
        synchronized (this) {
            event = recoverIfDue();
            permitted = state == CircuitBreakerState.CLOSED
                    || (state == CircuitBreakerState.HALF_OPEN && probesHandedOut < settings.halfOpenMaxCalls());
        }
        publish(event);
        return permitted;
    }

    /** Lets one call through if permitted; in HALF_OPEN this takes a probe slot. */
    public boolean tryAcquirePermission() {
        if (!settings.enabled() || state == CircuitBreakerState.CLOSED) {
            return true;
        }
        Object event;
        boolean permitted;
        synchronized (this) {
            event = recoverIfDue();
            if (state == CircuitBreakerState.CLOSED) {
                permitted = true;
            } else if (state == CircuitBreakerState.HALF_OPEN && probesHandedOut < settings.halfOpenMaxCalls()) {
                probesHandedOut++;
                permitted = true;
            } else {
                permitted = false;
            }
        }
        publish(event);
        return permitted;
    }

    /** A permitted call was abandoned without an outcome: frees its probe slot, if it held one. */
    public synchronized void releasePermission() {
        if (state == CircuitBreakerState.HALF_OPEN && probesHandedOut > probesSucceeded) {
            probesHandedOut--;
        }
    }

    public void onSuccess() {
        if (!settings.enabled() || onlySuccesses) {
            return;
        }
        Object event = null;
        synchronized (this) {
            if (state == CircuitBreakerState.CLOSED) {
                consecutiveFailures = 0;
                window.record(false);
                onlySuccesses = window.isFullOfSuccesses();
            } else if (state == CircuitBreakerState.HALF_OPEN) {
                probesSucceeded++;
                if (probesSucceeded >= settings.halfOpenMaxCalls()) {
                    state = CircuitBreakerState.CLOSED;
                    window.reset();
                    consecutiveFailures = 0;
                    event = new CircuitBreakerClosedEvent(address);
                }
            }
        }
        publish(event);
    }

    /** @param error the failure, described in the opened event when it trips the breaker (may be {@code null}) */
    public void onFailure(Throwable error) {
        onFailure(error, nanoClock.getAsLong());
    }

    /**
     * As {@link #onFailure(Throwable)}, for a call that started at {@code startedNanos} (this
     * breaker's clock). A call that started before the server was last reached again reports on the
     * server as it was before its restart or outage, and is ignored.
     */
    public void onFailure(Throwable error, long startedNanos) {
        if (!settings.enabled()) {
            return;
        }
        Object event = null;
        synchronized (this) {
            if (reachedAgain && startedNanos - reachedAgainNanos < 0) {
                return;
            }
            onlySuccesses = false;
            if (state == CircuitBreakerState.CLOSED) {
                consecutiveFailures++;
                window.record(true);
                String reason = tripReason();
                if (reason != null) {
                    event = open(reason, error);
                }
            } else if (state == CircuitBreakerState.HALF_OPEN) {
                event = open("a probe call failed while half-open", error);
            }
        }
        publish(event);
    }

    /**
     * The server's monitor reached it again after it had been unreachable (a restart, a healed
     * network): an OPEN breaker turns HALF_OPEN at once instead of waiting out the recovery timeout,
     * so its probe calls can confirm the recovery. A breaker opened while the monitor kept reaching
     * the server (a server that answers heartbeats but fails operations) is not affected.
     */
    public void onServerReachableAgain() {
        if (!settings.enabled()) {
            return;
        }
        Object event = null;
        synchronized (this) {
            reachedAgain = true;
            reachedAgainNanos = nanoClock.getAsLong();
            if (state == CircuitBreakerState.OPEN) {
                event = halfOpen();
            }
        }
        publish(event);
    }

    /** Failures / calls over the sliding window (0 when empty or disabled). */
    public synchronized double errorRate() {
        return window.errorRate();
    }

    public CircuitBreakerSettings settings() {
        return settings;
    }

    private String tripReason() {
        if (consecutiveFailures >= settings.failureThreshold()) {
            return consecutiveFailures + " consecutive failures (threshold " + settings.failureThreshold() + ")";
        }
        if (window.calls() >= settings.minimumCalls() && window.errorRate() > settings.errorRateThreshold()) {
            return String.format(Locale.ROOT, "error rate %.2f over the last %d calls exceeds %.2f",
                    window.errorRate(), window.calls(), settings.errorRateThreshold());
        }
        return null;
    }

    private CircuitBreakerOpenedEvent open(String reason, Throwable error) {
        state = CircuitBreakerState.OPEN;
        openedAtNanos = nanoClock.getAsLong();
        probesHandedOut = 0;
        probesSucceeded = 0;
        String lastError = error == null ? null : error.getClass().getSimpleName() + ": " + error.getMessage();
        return new CircuitBreakerOpenedEvent(address, reason, lastError);
    }

    private Object recoverIfDue() {
        if (state == CircuitBreakerState.OPEN
                && nanoClock.getAsLong() - openedAtNanos >= TimeUnit.NANOSECONDS.convert(settings.recoveryTimeout())) {
            return halfOpen();
        }
        return null;
    }

    private CircuitBreakerHalfOpenEvent halfOpen() {
        state = CircuitBreakerState.HALF_OPEN;
        probesHandedOut = 0;
        probesSucceeded = 0;
        return new CircuitBreakerHalfOpenEvent(address, settings.halfOpenMaxCalls());
    }

    private void publish(Object event) {
        if (event == null) {
            return;
        }
        try {
            if (event instanceof CircuitBreakerOpenedEvent opened) {
                LOGGER.log(System.Logger.Level.INFO, "circuit breaker for " + address + " opened: " + opened.reason());
                listener.circuitOpened(opened);
            } else if (event instanceof CircuitBreakerHalfOpenEvent halfOpen) {
                listener.circuitHalfOpen(halfOpen);
            } else {
                LOGGER.log(System.Logger.Level.INFO, "circuit breaker for " + address + " closed");
                listener.circuitClosed((CircuitBreakerClosedEvent) event);
            }
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "circuit breaker listener failed", e);
        }
    }
}
