package io.connectmongodb.driver.internal.bson;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the UTF-8 bytes of a field name into a {@code String}, reusing the string made the last time
 * the same short name was seen. Replies repeat the same few names in every document of a batch and
 * across operations, so most names cost a hash and a byte compare instead of a new byte array and
 * string (and the reused string's hash code is already computed when the name goes into a map).
 *
 * <p>The cache is a fixed, direct-mapped table: the name's hash picks one slot; a slot holding the
 * same bytes is a hit, anything else is replaced by the new name. Only names of up to
 * {@link #MAX_CACHED_LENGTH} bytes are cached. The table is shared by all threads without locking:
 * a slot holds an immutable {@link Entry}, whose final fields make it safe to publish through a
 * racy array store, and a lost or replaced entry only costs a new string. It cannot go stale: a
 * name's string is a function of its bytes alone.
 */
public final class FieldNames {
    static final int MAX_CACHED_LENGTH = 32;
    private static final int SLOTS = 2048;
    private static final Entry[] ENTRIES = new Entry[SLOTS];

    private FieldNames() {
    }

    /** The name whose UTF-8 bytes are {@code bytes[start .. start + length)}. */
    public static String name(byte[] bytes, int start, int length) {
        if (length > MAX_CACHED_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }
        int end = start + length;
        int hash = length;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 11)) & (SLOTS - 1);
        Entry cached = ENTRIES[slot];
        if (cached != null && Arrays.equals(cached.utf8, 0, cached.utf8.length, bytes, start, end)) {
            return cached.name;
        }
        Entry entry = new Entry(Arrays.copyOfRange(bytes, start, end));
        ENTRIES[slot] = entry;
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
    }
}
