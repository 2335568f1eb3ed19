package io.connectmongodb.mapper.internal.store;

/**
 * Named counters kept by the database, from which Long ids are reserved. Implementations must be
 * atomic across processes: two callers never get overlapping ranges.
 */
public interface SequenceStore {

    /**
     * Adds {@code count} to the counter {@code name} (creating it at zero first when missing) and
     * returns its new value; the caller owns the values {@code (result - count, result]}.
     */
    long advance(String name, long count);
}
