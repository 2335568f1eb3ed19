package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.cluster.ClusterOptions;
import io.connectmongodb.driver.event.CircuitBreakerClosedEvent;
import io.connectmongodb.driver.event.CircuitBreakerHalfOpenEvent;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CircuitBreakerOpenedEvent;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.event.ServerHeartbeatFailedEvent;
import io.connectmongodb.driver.event.ServerHeartbeatStartedEvent;
import io.connectmongodb.driver.event.ServerHeartbeatSucceededEvent;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.ServerMonitorListener;
import io.connectmongodb.driver.event.TopologyListener;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every listener the client's settings registered, by kind. Components that take a list get it
 * as is; the server monitors and circuit breakers take one listener, so they get a fan-out that
 * calls each registered listener in order and logs (never propagates) a listener's failure.
 */
record ClusterListeners(List<CommandListener> command, List<ConnectionPoolListener> pool, List<ServerListener> server,
                        List<ServerMonitorListener> monitor, List<TopologyListener> topology,
                        List<CircuitBreakerListener> breaker) {
    private static final System.Logger LOGGER = System.getLogger(ClusterListeners.class.getName());

    ClusterListeners {
        command = List.copyOf(command);
        pool = List.copyOf(pool);
        server = List.copyOf(server);
        monitor = List.copyOf(monitor);
        topology = List.copyOf(topology);
        breaker = List.copyOf(breaker);
    }

    static ClusterListeners none() {
        return new ClusterListeners(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static ClusterListeners of(ClusterOptions options) {
        return new ClusterListeners(options.commandListeners(), options.connectionPoolListeners(), options.serverListeners(),
                options.serverMonitorListeners(), options.topologyListeners(), options.circuitBreakerListeners());
    }

    ServerMonitorListener monitorFanOut() {
        return new ServerMonitorListener() {
            @Override
            public void serverHeartbeatStarted(ServerHeartbeatStartedEvent event) {
                each(monitor, l -> l.serverHeartbeatStarted(event));
            }

            @Override
            public void serverHeartbeatSucceeded(ServerHeartbeatSucceededEvent event) {
                each(monitor, l -> l.serverHeartbeatSucceeded(event));
            }

            @Override
            public void serverHeartbeatFailed(ServerHeartbeatFailedEvent event) {
                each(monitor, l -> l.serverHeartbeatFailed(event));
            }
        };
    }

    CircuitBreakerListener breakerFanOut() {
        return new CircuitBreakerListener() {
            @Override
            public void circuitOpened(CircuitBreakerOpenedEvent event) {
                each(breaker, l -> l.circuitOpened(event));
            }

            @Override
            public void circuitHalfOpen(CircuitBreakerHalfOpenEvent event) {
                each(breaker, l -> l.circuitHalfOpen(event));
            }

            @Override
            public void circuitClosed(CircuitBreakerClosedEvent event) {
                each(breaker, l -> l.circuitClosed(event));
            }
        };
    }

    private static <L> void each(List<L> listeners, Consumer<L> call) {
        for (L listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "a listener failed", e);
            }
        }
    }
}
