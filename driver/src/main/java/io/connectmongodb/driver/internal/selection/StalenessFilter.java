package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.List;

/**
 * The max staleness spec's filter: estimates how far each replica set member lags behind and
 * drops those staler than {@code maxStalenessSeconds}.
 *
 * <p>With a known primary P, a secondary S's staleness is
 * {@code (S.lastUpdateTime - S.lastWriteDate) - (P.lastUpdateTime - P.lastWriteDate) + heartbeatFrequencyMS}.
 * Without one, it is measured against the secondary with the newest write, SMax:
 * {@code SMax.lastWriteDate - S.lastWriteDate + heartbeatFrequencyMS}. The heartbeat term covers
 * the time since the last check. A missing lastWriteDate counts as 0.
 *
 * <p>A bound is only meaningful if it exceeds the staleness measurement's own error, so it must be
 * at least {@code max(90 s, heartbeatFrequencyMS + idleWritePeriodMS (10 s))}.
 */
final class StalenessFilter {
    /** How often an idle primary writes a no-op, refreshing lastWriteDate. */
    static final long IDLE_WRITE_PERIOD_MS = 10_000;

    private StalenessFilter() {
    }

    /** @throws IllegalArgumentException when {@code maxStalenessSeconds} is below the smallest allowed value */
    static void validate(long maxStalenessSeconds, long heartbeatFrequencyMS) {
        long smallestMillis = Math.max(io.connectmongodb.driver.ReadPreference.SMALLEST_MAX_STALENESS_SECONDS * 1000,
                heartbeatFrequencyMS + IDLE_WRITE_PERIOD_MS);
        if (maxStalenessSeconds * 1000 < smallestMillis) {
            throw new IllegalArgumentException("maxStalenessSeconds must be at least " + (smallestMillis + 999) / 1000
                    + " (max of 90 and heartbeatFrequencyMS + idleWritePeriodMS in seconds) but was " + maxStalenessSeconds);
        }
    }

    static List<ServerDescription> filter(TopologyDescription topology, List<ServerDescription> candidates,
                                          long maxStalenessSeconds, long heartbeatFrequencyMS) {
        long limitMillis = maxStalenessSeconds * 1000;
        ServerDescription primary = topology.primary().orElse(null);
        if (primary != null) {
            long primaryLag = primary.lastUpdateTimeMillis() - lastWrite(primary);
            return candidates.stream()
                    .filter(s -> s.lastUpdateTimeMillis() - lastWrite(s) - primaryLag + heartbeatFrequencyMS <= limitMillis)
                    .toList();
        }
        long newestWrite = topology.serversOfType(ServerType.RS_SECONDARY).stream()
                .mapToLong(StalenessFilter::lastWrite).max().orElse(0);
        return candidates.stream()
                .filter(s -> newestWrite - lastWrite(s) + heartbeatFrequencyMS <= limitMillis)
                .toList();
    }

    private static long lastWrite(ServerDescription server) {
        return server.lastWriteDateMillis() == null ? 0 : server.lastWriteDateMillis();
    }
}
