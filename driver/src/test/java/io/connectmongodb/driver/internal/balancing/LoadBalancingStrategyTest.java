package io.connectmongodb.driver.internal.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Distributions over 10,000 selections; tolerances are stated per test. Seeded randomness, so results repeat. */
class LoadBalancingStrategyTest {
    private static final ServerAddress A = ServerAddress.of("127.0.0.1", 27017);
    private static final ServerAddress B = ServerAddress.of("127.0.0.1", 27018);
    private static final ServerAddress C = ServerAddress.of("127.0.0.1", 27019);
    private static final int SELECTIONS = 10_000;

    private final Random seeded = new Random(20240601L);
    private final Supplier<RandomGenerator> random = () -> seeded;

    private static ServerCandidate candidate(ServerAddress address, int inProgress, long latencyNanos, int weight,
                                             Map<String, String> tags) {
        return new ServerCandidate(address, inProgress, latencyNanos, weight, tags);
    }

    private static ServerCandidate idle(ServerAddress address) {
        return candidate(address, 0, -1, 1, Map.of());
    }

    private Map<ServerAddress, Integer> distribution(LoadBalancingStrategy strategy, List<ServerCandidate> candidates) {
        Map<ServerAddress, Integer> counts = new HashMap<>();
        for (int i = 0; i < SELECTIONS; i++) {
            counts.merge(strategy.select(candidates), 1, Integer::sum);
        }
        return counts;
    }

    private LoadBalancingStrategy strategy(LoadBalancingStrategyType type, LoadBalancingSettings settings) {
        return LoadBalancingStrategy.of(type, settings, random);
    }

    @Test
    void roundRobinIsExact() {
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.ROUND_ROBIN, LoadBalancingSettings.defaults());
        List<ServerCandidate> candidates = List.of(idle(A), idle(B), idle(C));
        assertEquals(A, strategy.select(candidates));
        assertEquals(B, strategy.select(candidates));
        assertEquals(C, strategy.select(candidates));
        assertEquals(A, strategy.select(candidates));
        Map<ServerAddress, Integer> counts = distribution(strategy, candidates);
        // 10,000 = 3 x 3,333 + 1: one server gets one more, never more than that
        assertEquals(SELECTIONS, counts.values().stream().mapToInt(Integer::intValue).sum());
        counts.values().forEach(n -> assertTrue(n == 3_333 || n == 3_334, "count " + n));
    }

    @Test
    void weightedFollowsTheWeightsWithin1Percent() {
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.WEIGHTED, LoadBalancingSettings.defaults());
        List<ServerCandidate> candidates = List.of(candidate(A, 0, -1, 10, Map.of()), candidate(B, 0, -1, 5, Map.of()),
                candidate(C, 0, -1, 7, Map.of()));
        Map<ServerAddress, Integer> counts = distribution(strategy, candidates);
        assertShare(counts.get(A), 10.0 / 22, 0.01);
        assertShare(counts.get(B), 5.0 / 22, 0.01);
        assertShare(counts.get(C), 7.0 / 22, 0.01);
    }

    @Test
    void smoothWeightedRoundRobinIsExactOverEachCycle() {
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.WEIGHTED, LoadBalancingSettings.defaults());
        List<ServerCandidate> candidates = List.of(candidate(A, 0, -1, 10, Map.of()), candidate(B, 0, -1, 5, Map.of()),
                candidate(C, 0, -1, 7, Map.of()));
        for (int cycle = 0; cycle < 3; cycle++) {
            Map<ServerAddress, Integer> counts = new HashMap<>();
            for (int i = 0; i < 22; i++) {
                counts.merge(strategy.select(candidates), 1, Integer::sum);
            }
            assertEquals(Map.of(A, 10, B, 5, C, 7), counts);
        }
    }

    @Test
    void leastConnectionsPrefersTheIdleServer() {
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.LEAST_CONNECTIONS, LoadBalancingSettings.defaults());
        List<ServerCandidate> candidates = List.of(candidate(A, 3, -1, 1, Map.of()), candidate(B, 0, -1, 1, Map.of()),
                candidate(C, 2, -1, 1, Map.of()));
        assertEquals(Map.of(B, SELECTIONS), distribution(strategy, candidates));
    }

    @Test
    void leastConnectionsSharesTiesEvenlyWithin3Percent() {
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.LEAST_CONNECTIONS, LoadBalancingSettings.defaults());
        List<ServerCandidate> candidates = List.of(candidate(A, 1, -1, 1, Map.of()), candidate(B, 1, -1, 1, Map.of()),
                candidate(C, 4, -1, 1, Map.of()));
        Map<ServerAddress, Integer> counts = distribution(strategy, candidates);
        assertShare(counts.get(A), 0.5, 0.03);
        assertShare(counts.get(B), 0.5, 0.03);
        assertEquals(null, counts.get(C));
    }

    @Test
    void responseTimePrefersTheFastestAndMeasuresUnknownServersFirst() {
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.RESPONSE_TIME, LoadBalancingSettings.defaults());
        List<ServerCandidate> measured = List.of(candidate(A, 0, 20_000_000, 1, Map.of()),
                candidate(B, 0, 5_000_000, 1, Map.of()), candidate(C, 0, 9_000_000, 1, Map.of()));
        assertEquals(Map.of(B, SELECTIONS), distribution(strategy, measured));
        List<ServerCandidate> withNewcomer = List.of(candidate(A, 0, 20_000_000, 1, Map.of()),
                candidate(B, 0, 5_000_000, 1, Map.of()), candidate(C, 0, -1, 1, Map.of()));
        assertEquals(C, strategy.select(withNewcomer));
    }

    @Test
    void tagAwarePrefersMatchingServersAndFallsBack() {
        LoadBalancingSettings settings = LoadBalancingSettings.builder().preferredTags(Map.of("region", "eu-west")).build();
        LoadBalancingStrategy strategy = strategy(LoadBalancingStrategyType.TAG_AWARE, settings);
        List<ServerCandidate> mixed = List.of(candidate(A, 0, -1, 1, Map.of("region", "us-east")),
                candidate(B, 5, -1, 1, Map.of("region", "eu-west", "rack", "1")),
                candidate(C, 0, -1, 1, Map.of()));
        assertEquals(Map.of(B, SELECTIONS), distribution(strategy, mixed), "the busy matching server still wins");
        List<ServerCandidate> noneMatch = List.of(candidate(A, 2, -1, 1, Map.of("region", "us-east")),
                candidate(C, 0, -1, 1, Map.of()));
        assertEquals(Map.of(C, SELECTIONS), distribution(strategy, noneMatch), "falls back to least connections over all");
    }

    private static void assertShare(Integer count, double expectedShare, double tolerance) {
        double share = count == null ? 0 : count / (double) SELECTIONS;
        assertTrue(Math.abs(share - expectedShare) <= tolerance,
                "share " + share + " differs from " + expectedShare + " by more than " + tolerance);
    }
}
