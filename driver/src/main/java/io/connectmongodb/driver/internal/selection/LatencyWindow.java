package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.cluster.ServerDescription;
import java.util.List;

/**
 * The latency window: of the suitable servers, those whose average round trip time is within
 * {@code localThresholdMS} of the fastest one. The fastest server is always in the window. A
 * server without a measured round trip time counts as 0 ms.
 */
public final class LatencyWindow {
    private LatencyWindow() {
    }

    public static List<ServerDescription> filter(List<ServerDescription> suitable, long localThresholdMS) {
        if (suitable.size() <= 1) {
            return suitable;
        }
        double fastest = suitable.stream().mapToDouble(LatencyWindow::rtt).min().orElse(0);
        double limit = fastest + localThresholdMS;
        return suitable.stream().filter(s -> rtt(s) <= limit).toList();
    }

    private static double rtt(ServerDescription server) {
        return server.roundTripTimeMillis() == null ? 0 : server.roundTripTimeMillis();
    }
}
