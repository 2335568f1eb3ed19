package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.ServerStatistics;
import io.connectmongodb.driver.balancing.ServerStatus;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The live figures of one server for load balancing: operations in progress, latency average,
 * totals, request rate, tags, the pool's connection count, and its {@link CircuitBreaker}. The hot
 * counters are atomics/adders; nothing here takes a lock shared between servers.
 */
final class ServerLoadTracker {
    private final ServerAddress address;
    private final int weight;
    private final CircuitBreaker breaker;
    private final LatencyAverage latency;
    private final RequestRateMeter rate;
    private final AtomicInteger inProgress = new AtomicInteger();
    private final LongAdder requests = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private volatile Map<String, String> tags = Map.of();
    private volatile IntSupplier connectionCount = () -> -1;

    ServerLoadTracker(ServerAddress address, LoadBalancingSettings settings, LongSupplier nanoClock,
                      CircuitBreakerListener breakerListener) {
        this.address = address;
        this.weight = settings.weightOf(address);
        this.breaker = new CircuitBreaker(address, settings.circuitBreaker(), nanoClock, breakerListener);
        this.latency = new LatencyAverage(settings.latencySmoothing());
        this.rate = new RequestRateMeter(nanoClock);
    }

    ServerAddress address() {
        return address;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    ServerCandidate candidate() {
        return new ServerCandidate(address, inProgress.get(), latency.nanos(), weight, tags);
    }

    void started() {
        inProgress.incrementAndGet();
    }

    void succeeded(long latencyNanos) {
        inProgress.decrementAndGet();
        latency.add(latencyNanos);
        requests.increment();
        rate.record();
        breaker.onSuccess();
    }

    void failed(long latencyNanos, Throwable error, long startedNanos) {
        inProgress.decrementAndGet();
        requests.increment();
        failures.increment();
        rate.record();
        breaker.onFailure(error, startedNanos);
    }

    void abandoned() {
        inProgress.decrementAndGet();
        breaker.releasePermission();
    }

    void tags(Map<String, String> value) {
        this.tags = Map.copyOf(value);
    }

    void connectionCount(IntSupplier value) {
        this.connectionCount = value;
    }

    ServerStatistics statistics() {
        CircuitBreakerState state = breaker.state();
        double errorRate = breaker.errorRate();
        ServerStatus status = state == CircuitBreakerState.OPEN ? ServerStatus.FAILED
                : state == CircuitBreakerState.HALF_OPEN
                        || (errorRate > 0 && errorRate >= breaker.settings().errorRateThreshold() / 2) ? ServerStatus.DEGRADED
                : ServerStatus.HEALTHY;
        long averageNanos = latency.nanos();
        return new ServerStatistics(address, status, state, averageNanos < 0 ? -1 : averageNanos / 1_000, errorRate,
                inProgress.get(), connectionCount.getAsInt(), rate.perSecond(), requests.sum(), failures.sum());
    }
}
