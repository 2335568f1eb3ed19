package io.connectmongodb.driver.internal.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The primitives of RFC 5802 section 2.2: H(), HMAC() and Hi(), the latter being PBKDF2 with HMAC
 * as the pseudo-random function and one output block (the derived key is exactly one hash long):
 * {@code U1 = HMAC(password, salt || INT(1))}, {@code Ui = HMAC(password, U(i-1))},
 * {@code Hi = U1 XOR U2 XOR ... XOR Ui}.
 *
 * <p>PBKDF2 is written out here rather than taken from {@code SecretKeyFactory} because the JDK's
 * variant accepts only {@code char[]} passwords and re-encodes them, while SCRAM-SHA-1 salts the
 * already-encoded MD5 hex digest bytes.
 */
final class ScramCrypto {
    private ScramCrypto() {
    }

    static byte[] hash(ScramMechanism mechanism, byte[] data) {
        try {
            return MessageDigest.getInstance(mechanism.digestAlgorithm()).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + mechanism.digestAlgorithm(), e);
        }
    }

    static byte[] hmac(ScramMechanism mechanism, byte[] key, byte[] data) {
        Mac mac = mac(mechanism, key);
        return mac.doFinal(data);
    }

    /** Hi(password, salt, iterations) of RFC 5802. */
    static byte[] pbkdf2(ScramMechanism mechanism, byte[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("the iteration count must be positive, was " + iterations);
        }
        Mac mac = mac(mechanism, password);
        mac.update(salt);
        mac.update(new byte[] {0, 0, 0, 1});
        byte[] previous = mac.doFinal();
        byte[] result = previous.clone();
        for (int i = 1; i < iterations; i++) {
            byte[] next = mac.doFinal(previous);
            Arrays.fill(previous, (byte) 0);
            for (int j = 0; j < result.length; j++) {
                result[j] ^= next[j];
            }
            previous = next;
        }
        Arrays.fill(previous, (byte) 0);
        return result;
    }

    static byte[] xor(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot XOR arrays of lengths " + a.length + " and " + b.length);
        }
        byte[] result = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = (byte) (a[i] ^ b[i]);
        }
        return result;
    }

    private static Mac mac(ScramMechanism mechanism, byte[] key) {
        try {
            Mac mac = Mac.getInstance(mechanism.hmacAlgorithm());
            // SecretKeySpec refuses an empty key; HMAC pads keys with zeros to the block size, so
            // the one-byte key {0} gives exactly the HMAC of the empty key.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[] {0} : key, mechanism.hmacAlgorithm()));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + mechanism.hmacAlgorithm(), e);
        }
    }
}
