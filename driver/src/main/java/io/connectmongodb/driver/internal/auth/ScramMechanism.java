package io.connectmongodb.driver.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The two SCRAM variants MongoDB speaks and how each turns the user's password into the bytes that
 * PBKDF2 salts (MongoDB auth spec):
 * <ul>
 *   <li>SCRAM-SHA-1: {@code hex(md5(UTF8(username + ":mongo:" + password)))}, lower-case hex, no
 *       SASLprep (the legacy MONGODB-CR password digest, kept for compatibility).</li>
 *   <li>SCRAM-SHA-256: {@code UTF8(SASLprep(password))}, prepared as a stored string.</li>
 * </ul>
 */
public enum ScramMechanism {
    SCRAM_SHA_1("SCRAM-SHA-1", "SHA-1", "HmacSHA1"),
    SCRAM_SHA_256("SCRAM-SHA-256", "SHA-256", "HmacSHA256");

    private final String mechanismName;
    private final String digestAlgorithm;
    private final String hmacAlgorithm;

    ScramMechanism(String mechanismName, String digestAlgorithm, String hmacAlgorithm) {
        this.mechanismName = mechanismName;
        this.digestAlgorithm = digestAlgorithm;
        this.hmacAlgorithm = hmacAlgorithm;
    }

    /** The SASL mechanism name, such as {@code SCRAM-SHA-256}. */
    public String mechanismName() {
        return mechanismName;
    }

    String digestAlgorithm() {
        return digestAlgorithm;
    }

    String hmacAlgorithm() {
        return hmacAlgorithm;
    }

    /** The mechanism called {@code name} (exact SASL spelling, case-insensitive), or null. */
    public static ScramMechanism byName(String name) {
        for (ScramMechanism mechanism : values()) {
            if (mechanism.mechanismName.equalsIgnoreCase(name)) {
                return mechanism;
            }
        }
        return null;
    }

    /**
     * The bytes PBKDF2 uses as its password. The caller zeroes the result when done.
     *
     * @throws IllegalArgumentException when SCRAM-SHA-256's SASLprep rejects the password
     */
    byte[] preparePassword(String username, char[] password) {
        if (this == SCRAM_SHA_256) {
            // Normalizer only works on Strings, so this one immutable copy cannot be cleared.
            return SaslPrep.prepareStored(java.nio.CharBuffer.wrap(password)).getBytes(StandardCharsets.UTF_8);
        }
        byte[] prefix = (username + ":mongo:").getBytes(StandardCharsets.UTF_8);
        byte[] passwordBytes = Utf8.encode(password);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(prefix);
            md5.update(passwordBytes);
            byte[] digest = md5.digest();
            byte[] hex = HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
            Arrays.fill(digest, (byte) 0);
            return hex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no MD5, which SCRAM-SHA-1 needs", e);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }
}
