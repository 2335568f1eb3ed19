package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.cluster.TopologyVersion;

/**
 * SDAM's handling of errors from application operations ("handleError" in the spec), as a pure
 * function of the topology, the error and the server's current pool generation.
 *
 * <p>An error is stale, and changes nothing, when its connection generation is older than the
 * pool's, or when it carries a topologyVersion not newer than the server's. A state change error
 * marks the server Unknown (keeping the error's topologyVersion) and requests an immediate check;
 * the pool is cleared only for shutdown errors or servers before 4.2. A network error on an
 * established connection, or an authentication failure during the handshake, marks the server
 * Unknown, clears its pool and cancels any check in progress. Network errors and timeouts while a
 * connection is being established are ignored, per the spec's backpressure rules (an overloaded
 * server's connection rate limiter closes new connections; clearing the pool would make it worse);
 * so is a timeout after the handshake (the operation may just be slow). In a load-balanced
 * topology servers are never marked Unknown; only pools are cleared.
 */
public final class ApplicationErrorHandler {
    private static final int WIRE_VERSION_4_2 = 8;

    private final TopologyStateMachine stateMachine;

    public ApplicationErrorHandler(TopologyStateMachine stateMachine) {
        this.stateMachine = stateMachine;
    }

    /**
     * @param currentGeneration  the pool generation of the server right now
     */
    public ErrorOutcome handle(TopologyDescription current, ApplicationError error, int currentGeneration) {
        TopologyUpdate unchanged = TopologyUpdate.unchanged(current);
        ServerDescription server = current.server(error.address());
        if (server == null || error.connectionGeneration() < currentGeneration) {
            return ErrorOutcome.ignored(unchanged);
        }
        boolean loadBalanced = current.type() == TopologyType.LOAD_BALANCED;
        Throwable cause = error.error();
        if (ServerErrors.isStateChangeError(cause)) {
            TopologyVersion errorVersion = ServerErrors.topologyVersionOf(cause);
            if (isStale(server.topologyVersion(), errorVersion)) {
                return ErrorOutcome.ignored(unchanged);
            }
            TopologyUpdate update = loadBalanced ? unchanged : markUnknown(current, error, errorVersion);
            boolean clear = ServerErrors.isShutdown(cause) || error.maxWireVersion() < WIRE_VERSION_4_2;
            return new ErrorOutcome(update, clear, !loadBalanced, false);
        }
        boolean beforeHandshake = !error.handshakeCompleted();
        if (beforeHandshake && (ServerErrors.isNetworkError(cause) || ServerErrors.isNetworkTimeout(cause))) {
            return ErrorOutcome.ignored(unchanged); // backpressure: a failed connection attempt says the server is busy, not gone
        }
        if (ServerErrors.isNetworkError(cause) || beforeHandshake && ServerErrors.isAuthenticationError(cause)) {
            if (loadBalanced) {
                return new ErrorOutcome(unchanged, error.serviceId() != null, false, false);
            }
            return new ErrorOutcome(markUnknown(current, error, null), true, false, true);
        }
        return ErrorOutcome.ignored(unchanged);
    }

    private TopologyUpdate markUnknown(TopologyDescription current, ApplicationError error, TopologyVersion version) {
        ServerDescription unknown = ServerDescription.unknown(error.address(), error.error()).toBuilder()
                .topologyVersion(version).build();
        return stateMachine.apply(current, unknown);
    }

    /** True when the server's current topologyVersion is at least the error's (same process). */
    private static boolean isStale(TopologyVersion current, TopologyVersion fromError) {
        return current != null && fromError != null && current.processId().equals(fromError.processId())
                && current.counter() >= fromError.counter();
    }
}
