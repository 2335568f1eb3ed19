package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.internal.selection.ServerSelector;

/**
 * The message of a server selection timeout: what was wanted, how long we waited, and what the
 * topology looked like (its type and each server's address, type and last error), which is
 * usually all one needs to see why nothing was suitable.
 */
final class SelectionFailureMessage {
    private SelectionFailureMessage() {
    }

    static String of(ServerSelector selector, TopologyDescription topology, long timeoutMS) {
        StringBuilder sb = new StringBuilder("Timed out after ").append(timeoutMS)
                .append(" ms while waiting for ").append(selector.describe())
                .append(". Topology type ").append(topology.type().specName());
        if (topology.setName() != null) {
            sb.append(" (replica set ").append(topology.setName()).append(')');
        }
        if (topology.servers().isEmpty()) {
            sb.append(" with no servers");
        } else {
            sb.append(", servers: ");
            String separator = "";
            for (ServerDescription server : topology.servers().values()) {
                sb.append(separator).append(server.address()).append(" is ").append(server.type().specName());
                if (server.error() != null) {
                    sb.append(" (error: ").append(describe(server.error())).append(')');
                }
                separator = "; ";
            }
        }
        return sb.append('.').toString();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
