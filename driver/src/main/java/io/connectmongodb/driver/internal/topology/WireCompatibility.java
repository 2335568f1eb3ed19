package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import java.util.Collection;

/**
 * The wire protocol versions this driver speaks and the SDAM spec's compatibility check: a known
 * server is incompatible when its range does not overlap ours.
 */
public final class WireCompatibility {
    /** MongoDB 3.6, the oldest server the connection layer accepts. */
    public static final int CLIENT_MIN_WIRE_VERSION = 6;
    /** MongoDB 8.0. */
    public static final int CLIENT_MAX_WIRE_VERSION = 25;

    private WireCompatibility() {
    }

    /** The spec's compatibility error for the first incompatible server, or {@code null} when all are compatible. */
    public static String check(Collection<ServerDescription> servers) {
        for (ServerDescription server : servers) {
            if (!server.isAvailable() || server.type() == ServerType.LOAD_BALANCER) {
                continue; // a load balancer's description carries no wire versions
            }
            if (server.minWireVersion() > CLIENT_MAX_WIRE_VERSION) {
                return "Server at " + server.address() + " requires wire version " + server.minWireVersion()
                        + ", but this version of connect-mongodb only supports up to " + CLIENT_MAX_WIRE_VERSION + ".";
            }
            if (server.maxWireVersion() < CLIENT_MIN_WIRE_VERSION) {
                return "Server at " + server.address() + " reports wire version " + server.maxWireVersion()
                        + ", but this version of connect-mongodb requires at least " + CLIENT_MIN_WIRE_VERSION
                        + " (MongoDB 3.6).";
            }
        }
        return null;
    }
}
