package io.connectmongodb.driver.internal.auth;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers SCRAM ClientKey/ServerKey so that reconnects and new pool connections skip PBKDF2
 * (MongoDB auth spec, "caching": keyed by password, salt, iteration count and mechanism).
 *
 * <p>The key holds no password: it holds a SHA-256 digest of the mechanism-prepared password
 * (which for SCRAM-SHA-1 already includes the user name), plus salt, iteration count and
 * mechanism. A server that changes the salt or the count (password changed) simply misses.
 * Entries are kept in least-recently-used order up to a bound. Misses run PBKDF2 under the cache's
 * lock: deliberately, so that 20 connections opened at once for one credential derive the keys
 * once and wait for that result instead of burning CPU 20 times.
 */
public final class ScramKeyCache {
    private static final int DEFAULT_MAX_ENTRIES = 64;
    private static final ScramKeyCache SHARED = new ScramKeyCache(DEFAULT_MAX_ENTRIES);

    private final int maxEntries;
    private final Map<CacheKey, ScramKeys> entries;
    private final AtomicLong derivations = new AtomicLong();

    public ScramKeyCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The cache every connection factory uses unless it is given its own. */
    public static ScramKeyCache shared() {
        return SHARED;
    }

    /** How many times PBKDF2 ran for this cache (its misses). */
    public long derivations() {
        return derivations.get();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The keys for these inputs, derived (and remembered) on the first request. */
    synchronized ScramKeys keysFor(ScramMechanism mechanism, byte[] preparedPassword, byte[] salt, int iterations) {
        CacheKey key = new CacheKey(mechanism, digest(preparedPassword), Base64.getEncoder().encodeToString(salt),
                iterations);
        ScramKeys keys = entries.get(key);
        if (keys == null) {
            keys = ScramKeys.derive(mechanism, preparedPassword, salt, iterations);
            derivations.incrementAndGet();
            entries.put(key, keys);
            if (entries.size() > maxEntries) {
                CacheKey eldest = entries.keySet().iterator().next();
                entries.remove(eldest);
            }
        }
        return keys;
    }

    private static String digest(byte[] preparedPassword) {
        byte[] digest = ScramCrypto.hash(ScramMechanism.SCRAM_SHA_256, preparedPassword);
        String text = Base64.getEncoder().encodeToString(digest);
        Arrays.fill(digest, (byte) 0);
        return text;
    }

    @Override
    public String toString() {
        return "ScramKeyCache[entries=" + size() + ", derivations=" + derivations() + "]";
    }

    private record CacheKey(ScramMechanism mechanism, String passwordDigest, String salt, int iterations) {
        @Override
        public String toString() {
            return "CacheKey[" + mechanism + ", i=" + iterations + "]";
        }
    }
}
