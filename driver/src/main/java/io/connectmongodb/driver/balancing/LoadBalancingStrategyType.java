package io.connectmongodb.driver.balancing;

/**
 * How the driver picks one server among those suitable for an operation (after read preference and
 * the latency window have been applied). Can be switched while the client runs.
 */
public enum LoadBalancingStrategyType {
    /** Each server in turn; exact rotation over a stable server list. */
    ROUND_ROBIN,
    /**
     * The server with the fewest operations in progress, ties broken at random: the default, an
     * approximation of server selection's "power of two random choices" rule that looks at all servers.
     */
    LEAST_CONNECTIONS,
    /** Smooth weighted round robin over the configured per-server weights (deterministic, exact ratios). */
    WEIGHTED,
    /** The server with the lowest moving-average latency of real operations; servers with no sample yet first. */
    RESPONSE_TIME,
    /** Servers whose tags contain all the preferred tags first (least connections among them), else all of them. */
    TAG_AWARE
}
