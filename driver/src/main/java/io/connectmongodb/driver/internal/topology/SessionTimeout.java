package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.cluster.ServerDescription;
import java.util.Collection;

/**
 * The topology's logicalSessionTimeoutMinutes: the smallest value among data-bearing servers, or
 * {@code null} when there is none or any of them lacks one (sessions are then unsupported).
 */
final class SessionTimeout {
    private SessionTimeout() {
    }

    static Integer of(Collection<ServerDescription> servers) {
        Integer smallest = null;
        for (ServerDescription server : servers) {
            if (!server.isDataBearing()) {
                continue;
            }
            Integer minutes = server.logicalSessionTimeoutMinutes();
            if (minutes == null) {
                return null;
            }
            smallest = smallest == null ? minutes : Math.min(smallest, minutes);
        }
        return smallest;
    }
}
