package io.connectmongodb.driver.pool;

import io.connectmongodb.driver.ServerAddress;

/**
 * A point-in-time snapshot of one connection pool. The counts are read together, so
 * {@code total == inUse + available + pending} holds within one snapshot.
 *
 * @param address                 the server the pool connects to
 * @param state                   {@code PAUSED}, {@code READY} or {@code CLOSED}
 * @param generation              incremented by every clear
 * @param maxPoolSize             the configured cap (0 = none)
 * @param total                   connections of every state
 * @param inUse                   connections checked out
 * @param available               idle connections waiting in the pool
 * @param pending                 connections being established
 * @param waiting                 threads in the wait queue
 * @param totalCheckouts          successful checkouts since the pool was created
 * @param failedCheckouts         failed checkouts since the pool was created
 * @param averageCheckoutMicros   mean time of a successful checkout, in microseconds (0 before the first)
 * @param maxCheckoutMicros       longest successful checkout, in microseconds
 */
public record ConnectionPoolStatistics(
        ServerAddress address,
        String state,
        int generation,
        int maxPoolSize,
        int total,
        int inUse,
        int available,
        int pending,
        int waiting,
        long totalCheckouts,
        long failedCheckouts,
        long averageCheckoutMicros,
        long maxCheckoutMicros) {
}
