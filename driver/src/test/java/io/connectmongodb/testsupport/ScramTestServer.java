package io.connectmongodb.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-1 or SCRAM-SHA-256 (RFC 5802) for tests, written independently of
 * the driver's client: keys come from the JDK's own {@code PBKDF2WithHmac*} and the server stores
 * only StoredKey and ServerKey, as mongod does. SCRAM-SHA-1 users get MongoDB's password digest
 * {@code hex(md5(user:mongo:password))}; SCRAM-SHA-256 users are given an already SASLprep'd
 * password. One {@link Exchange} per conversation.
 */
public final class ScramTestServer {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String mechanism;
    private final String hmac;
    private final String digest;
    private final int iterations;
    private final Map<String, StoredUser> users = new LinkedHashMap<>();
    private boolean tamperServerSignature;

    private record StoredUser(byte[] salt, byte[] storedKey, byte[] serverKey) {
    }

    /** @param mechanism {@code SCRAM-SHA-1} or {@code SCRAM-SHA-256} */
    public ScramTestServer(String mechanism, int iterations) {
        this.mechanism = mechanism;
        this.iterations = iterations;
        if (mechanism.equals("SCRAM-SHA-1")) {
            hmac = "HmacSHA1";
            digest = "SHA-1";
        } else if (mechanism.equals("SCRAM-SHA-256")) {
            hmac = "HmacSHA256";
            digest = "SHA-256";
        } else {
            throw new IllegalArgumentException("not a SCRAM mechanism: " + mechanism);
        }
    }

    public String mechanism() {
        return mechanism;
    }

    /** Makes every later server-final-message carry a wrong signature (an impostor server). */
    public void tamperServerSignature(boolean tamper) {
        this.tamperServerSignature = tamper;
    }

    /** Adds a user; for SCRAM-SHA-256 {@code password} must already be SASLprep'd. */
    public void addUser(String username, String password) {
        try {
            String keyPassword = mechanism.equals("SCRAM-SHA-1")
                    ? HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                            .digest((username + ":mongo:" + password).getBytes(StandardCharsets.UTF_8)))
                    : password;
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2With" + hmac);
            byte[] salted = factory.generateSecret(new PBEKeySpec(keyPassword.toCharArray(), salt, iterations,
                    MessageDigest.getInstance(digest).getDigestLength() * 8)).getEncoded();
            byte[] clientKey = hmac(salted, "Client Key");
            users.put(username, new StoredUser(salt, MessageDigest.getInstance(digest).digest(clientKey),
                    hmac(salted, "Server Key")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Exchange newExchange() {
        return new Exchange();
    }

    /** One conversation: {@link #first} answers the client-first, {@link #last} checks the proof. */
    public final class Exchange {
        private String authPrefix;
        private String nonce;
        private StoredUser user;

        /** The server-first-message, or an {@code e=} error for an unknown user. */
        public byte[] first(byte[] clientFirst) {
            String message = new String(clientFirst, StandardCharsets.UTF_8);
            if (!message.startsWith("n,,")) {
                throw new IllegalArgumentException("channel binding header not supported: " + message);
            }
            String bare = message.substring(3);
            Map<String, String> attributes = parse(bare);
            String username = attributes.get("n").replace("=2C", ",").replace("=3D", "=");
            user = users.get(username);
            if (user == null) {
                return "e=unknown-user".getBytes(StandardCharsets.UTF_8);
            }
            byte[] serverNonce = new byte[18];
            RANDOM.nextBytes(serverNonce);
            nonce = attributes.get("r") + Base64.getEncoder().encodeToString(serverNonce);
            String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(user.salt())
                    + ",i=" + iterations;
            authPrefix = bare + "," + serverFirst;
            return serverFirst.getBytes(StandardCharsets.UTF_8);
        }

        /** The server-final-message ({@code v=}), or null when the proof is wrong. */
        public byte[] last(byte[] clientFinal) {
            String message = new String(clientFinal, StandardCharsets.UTF_8);
            int proofAt = message.lastIndexOf(",p=");
            String withoutProof = message.substring(0, proofAt);
            if (!parse(withoutProof).get("r").equals(nonce)) {
                return null;
            }
            byte[] proof = Base64.getDecoder().decode(message.substring(proofAt + 3));
            byte[] authMessage = (authPrefix + "," + withoutProof).getBytes(StandardCharsets.UTF_8);
            byte[] signature = hmac(user.storedKey(), authMessage);
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ signature[i]);
            }
            try {
                if (!MessageDigest.isEqual(MessageDigest.getInstance(digest).digest(clientKey), user.storedKey())) {
                    return null;
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            byte[] serverSignature = hmac(user.serverKey(), authMessage);
            if (tamperServerSignature) {
                serverSignature[0] ^= 1;
            }
            return ("v=" + Base64.getEncoder().encodeToString(serverSignature)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private byte[] hmac(byte[] key, String data) {
        return hmac(key, data.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, hmac));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String message) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : message.split(",")) {
            attributes.putIfAbsent(part.substring(0, 1), part.substring(2));
        }
        return attributes;
    }
}
