package io.connectmongodb.driver.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PBKDF2 runs once per (password, salt, iterations, mechanism), and the cache stays bounded. */
class ScramKeyCacheTest {
    private static final byte[] SALT = {1, 2, 3, 4};

    private static byte[] pw(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void derivesOncePerInputs() {
        ScramKeyCache cache = new ScramKeyCache(8);
        ScramKeys first = cache.keysFor(ScramMechanism.SCRAM_SHA_256, pw("a"), SALT, 4096);
        for (int i = 0; i < 5; i++) {
            assertSame(first, cache.keysFor(ScramMechanism.SCRAM_SHA_256, pw("a"), SALT, 4096));
        }
        assertEquals(1, cache.derivations());
        cache.keysFor(ScramMechanism.SCRAM_SHA_256, pw("b"), SALT, 4096);
        cache.keysFor(ScramMechanism.SCRAM_SHA_256, pw("a"), new byte[] {9}, 4096);
        cache.keysFor(ScramMechanism.SCRAM_SHA_256, pw("a"), SALT, 5000);
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("a"), SALT, 4096);
        assertEquals(5, cache.derivations());
    }

    @Test
    void evictsTheLeastRecentlyUsedEntry() {
        ScramKeyCache cache = new ScramKeyCache(2);
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("a"), SALT, 4096);
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("b"), SALT, 4096);
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("a"), SALT, 4096); // a is now most recent
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("c"), SALT, 4096); // evicts b
        assertEquals(2, cache.size());
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("a"), SALT, 4096);
        assertEquals(3, cache.derivations());
        cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("b"), SALT, 4096);
        assertEquals(4, cache.derivations());
    }

    @Test
    void printsNoKeysOrPasswords() {
        ScramKeyCache cache = new ScramKeyCache(2);
        ScramKeys keys = cache.keysFor(ScramMechanism.SCRAM_SHA_1, pw("hunter2"), SALT, 4096);
        assertFalse(cache.toString().contains("hunter2"));
        assertEquals("ScramKeys[redacted]", keys.toString());
        assertThrows(IllegalArgumentException.class, () -> new ScramKeyCache(0));
    }
}
