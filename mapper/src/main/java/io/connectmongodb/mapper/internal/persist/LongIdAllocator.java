package io.connectmongodb.mapper.internal.persist;

import io.connectmongodb.mapper.internal.store.SequenceStore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out Long ids for entities inserted without one, one sequence per collection.
 *
 * <p>Block reservation: instead of one round trip per id, the allocator advances the collection's
 * counter in the {@link SequenceStore} by {@code blockSize} and then serves the reserved values
 * from memory until they run out. Every mapper (and every process) reserves its own disjoint
 * blocks, so ids are unique across concurrent writers; they increase within one mapper but
 * interleave between mappers, and the unused rest of a block is lost when the mapper goes away
 * (gaps, never duplicates). A block size of 1 gives one round trip per id and no gaps beyond
 * aborted transactions. Each collection's block is guarded by its own lock, so threads only wait
 * for the round trip that refills the block they need.
 */
public final class LongIdAllocator {
    private final SequenceStore sequences;
    private final long blockSize;
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    public LongIdAllocator(SequenceStore sequences, long blockSize) {
        if (sequences == null) {
            throw new IllegalArgumentException("sequences must not be null");
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("the Long id block size must be at least 1, but was " + blockSize);
        }
        this.sequences = sequences;
        this.blockSize = blockSize;
    }

    /** The next id of {@code collection}'s sequence. */
    public long next(String collection) {
        return blocks.computeIfAbsent(collection, name -> new Block()).next(collection);
    }

    /** The values {@code (end - remaining, end]} still free in the current block. */
    private final class Block {
        private long end;
        private long remaining;

        synchronized long next(String collection) {
            if (remaining == 0) {
                end = sequences.advance(collection, blockSize);
                remaining = blockSize;
            }
            return end - --remaining;
        }
    }
}
