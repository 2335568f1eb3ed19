package io.connectmongodb.driver.internal.bson;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the UTF-8 bytes of a field name into a {@code String}, reusing the string made the last time
 * the same short name was seen. Replies repeat the same few names in every document of a batch and
 * across operations, so most names cost a hash and a byte compare instead of a new byte array and
 * string (and the reused string's hash code is already computed when the name goes into a map).
 *
 * <p>The cache is a fixed table of 4096 slots in buckets of two: the name's hash picks a bucket; a
 * slot there holding the same bytes is a hit; on a miss the new name takes an empty slot of the
 * bucket, or else replaces one of the two (so two names sharing a bucket do not evict each other).
 * Only names of up to {@link #MAX_CACHED_LENGTH} bytes are cached. The table is shared by all threads without locking:
 * a slot holds an immutable {@link Entry}, whose final fields make it safe to publish through a
 * racy array store, and a lost or replaced entry only costs a new string. It cannot go stale: a
 * name's string is a function of its bytes alone.
 */
public final class FieldNames {
    static final int MAX_CACHED_LENGTH = 32;
    private static final int SLOT_BITS = 12;
    private static final Entry[] ENTRIES = new Entry[1 << SLOT_BITS];

    private FieldNames() {
    }

    /** The name whose UTF-8 bytes are {@code bytes[start .. start + length)}. */
    public static String name(byte[] bytes, int start, int length) {
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return name(bytes, start, length, hash);
    }

    /**
     * Like {@link #name(byte[], int, int)}, for a caller that computed {@code hash} while looking
     * for the name's end: {@code hash = 31 * hash + b} over its bytes, starting from 0.
     */
    public static String name(byte[] bytes, int start, int length, int hash) {
        int end = start + length;
        if (length > MAX_CACHED_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }
        // Fibonacci hashing: the top bits of the product depend on every bit of the hash
        int mixed = (hash + length) * 0x9E3779B9;
        int bucket = (mixed >>> (32 - SLOT_BITS)) & ~1;
        Entry first = ENTRIES[bucket];
        if (first != null && first.is(bytes, start, end)) {
            return first.name;
        }
        Entry second = ENTRIES[bucket + 1];
        if (second != null && second.is(bytes, start, end)) {
            return second.name;
        }
        Entry entry = new Entry(Arrays.copyOfRange(bytes, start, end));
        ENTRIES[first == null ? bucket : second == null ? bucket + 1 : bucket + (mixed & 1)] = entry;
        return entry.name;
    }

    /** A cached name and the bytes it was made from. */
    private static final class Entry {
        final byte[] utf8;
        final String name;

        Entry(byte[] utf8) {
            this.utf8 = utf8;
            this.name = new String(utf8, StandardCharsets.UTF_8);
        }

        boolean is(byte[] bytes, int start, int end) {
            return Arrays.equals(utf8, 0, utf8.length, bytes, start, end);
        }
    }
}
