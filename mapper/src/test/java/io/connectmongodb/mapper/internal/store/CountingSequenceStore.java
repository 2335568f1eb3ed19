package io.connectmongodb.mapper.internal.store;

import io.connectmongodb.mapper.internal.persist.LongIdAllocator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory {@link SequenceStore} that records every advance as {@code "name+count"}. */
public final class CountingSequenceStore implements SequenceStore {
    public final List<String> advances = new ArrayList<>();
    private final Map<String, Long> counters = new HashMap<>();

    /** An allocator reserving one id at a time from a fresh counting store. */
    public static LongIdAllocator allocator() {
        return new LongIdAllocator(new CountingSequenceStore(), 1);
    }

    @Override
    public synchronized long advance(String name, long count) {
        advances.add(name + "+" + count);
        return counters.merge(name, count, Long::sum);
    }
}
