package io.connectmongodb.driver.internal.bson;

import java.nio.charset.StandardCharsets;

/**
 * Turns the UTF-8 bytes of a field name into a {@code String}, reusing the string made the last time
 * the same short ASCII name was seen. Replies repeat the same few names in every document of a
 * batch and across operations, so most names cost a hash and a compare instead of a new byte array
 * and string.
 *
 * <p>The cache is a fixed, direct-mapped table: the name's hash picks one slot; a slot holding an
 * equal name is a hit, anything else is overwritten with the new string. Only ASCII names of up to
 * {@link #MAX_CACHED_LENGTH} bytes are cached (their bytes compare one-to-one with the string's
 * chars); other names are decoded as usual. The table is shared by all threads without locking:
 * a slot holds an immutable {@code String}, whose final fields make it safe to publish through a
 * racy array store, and a lost or overwritten entry only costs a new string. It cannot go stale: a
 * name's string is a function of its bytes alone.
 */
public final class FieldNames {
    static final int MAX_CACHED_LENGTH = 32;
    private static final int SLOTS = 2048;
    private static final String[] NAMES = new String[SLOTS];

    private FieldNames() {
    }

    /** The name whose UTF-8 bytes are {@code bytes[start .. start + length)}. */
    public static String name(byte[] bytes, int start, int length) {
        if (length > MAX_CACHED_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return new String(bytes, start, length, StandardCharsets.UTF_8);
            }
            hash = 31 * hash + b;
        }
        int slot = (hash ^ (hash >>> 11)) & (SLOTS - 1);
        String cached = NAMES[slot];
        if (cached != null && sameAscii(cached, bytes, start, length)) {
            return cached;
        }
        String name = new String(bytes, start, length, StandardCharsets.UTF_8);
        NAMES[slot] = name;
        return name;
    }

    private static boolean sameAscii(String name, byte[] bytes, int start, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }
}
