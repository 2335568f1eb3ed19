package io.connectmongodb.mapper.internal.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.internal.store.CountingSequenceStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Block reservation of Long ids: one counter advance per block, per collection, unique under threads. */
class LongIdAllocatorTest {
    private final CountingSequenceStore sequences = new CountingSequenceStore();

    @Test
    void servesAWholeBlockFromOneAdvanceAndThenReservesTheNext() {
        LongIdAllocator allocator = new LongIdAllocator(sequences, 3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(allocator.next("orders"));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), ids);
        assertEquals(List.of("orders+3", "orders+3", "orders+3"), sequences.advances);
    }

    @Test
    void eachCollectionHasItsOwnSequence() {
        LongIdAllocator allocator = new LongIdAllocator(sequences, 1);
        assertEquals(1L, allocator.next("a"));
        assertEquals(1L, allocator.next("b"));
        assertEquals(2L, allocator.next("a"));
        assertEquals(List.of("a+1", "b+1", "a+1"), sequences.advances);
    }

    @Test
    void twoAllocatorsOnOneCounterNeverShareAnId() {
        LongIdAllocator first = new LongIdAllocator(sequences, 2);
        LongIdAllocator second = new LongIdAllocator(sequences, 2);
        assertEquals(1L, first.next("c"));
        assertEquals(3L, second.next("c"));
        assertEquals(2L, first.next("c"));
        assertEquals(5L, first.next("c"));
        assertEquals(4L, second.next("c"));
    }

    @Test
    void concurrentCallersGetDistinctIds() throws Exception {
        LongIdAllocator allocator = new LongIdAllocator(sequences, 5);
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        assertTrue(ids.add(allocator.next("x")), "duplicate id");
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1000, ids.size());
        assertEquals(200, sequences.advances.size());
    }

    @Test
    void rejectsABlockSizeBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LongIdAllocator(sequences, 0));
        assertTrue(e.getMessage().contains("block size"), e.getMessage());
    }
}
