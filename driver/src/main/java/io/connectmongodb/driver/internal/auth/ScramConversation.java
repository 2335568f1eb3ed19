package io.connectmongodb.driver.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * The client side of one SCRAM exchange (RFC 5802 with MongoDB's rules), as three steps:
 * <ol>
 *   <li>{@link #clientFirstMessage()}: {@code n,,n=<user>,r=<client nonce>} (no channel binding;
 *       ',' and '=' in the user name escaped as {@code =2C} and {@code =3D}).</li>
 *   <li>{@link #clientFinalMessage(byte[])}: checks the server-first-message (its nonce must extend
 *       ours, at least {@value #MINIMUM_ITERATIONS} iterations, no mandatory extension, no error),
 *       gets ClientKey/ServerKey from the {@link ScramKeyCache} (PBKDF2 only on a miss), and answers
 *       {@code c=biws,r=<nonce>,p=<ClientKey XOR HMAC(H(ClientKey), AuthMessage)>}.</li>
 *   <li>{@link #verifyServerFinal(byte[])}: the server must send
 *       {@code v=HMAC(ServerKey, AuthMessage)}; anything else means it does not know the password
 *       (an impostor), and the exchange fails.</li>
 * </ol>
 * Failures throw {@link ScramFailure}. One instance per attempt, used by one thread.
 */
final class ScramConversation {
    static final int MINIMUM_ITERATIONS = 4096;
    private static final String GS2_HEADER = "n,,";
    private static final String CHANNEL_BINDING = Base64.getEncoder()
            .encodeToString(GS2_HEADER.getBytes(StandardCharsets.US_ASCII));

    private final ScramMechanism mechanism;
    private final String username;
    private final char[] password;
    private final ScramKeyCache cache;
    private final String clientNonce;
    private final String clientFirstMessageBare;
    private byte[] expectedServerSignature;
    private boolean complete;

    /**
     * @param password read (not copied or kept beyond the exchange) when the final message is built
     * @param clientNonce printable ASCII without ','; random in production, fixed in vector tests
     */
    ScramConversation(ScramMechanism mechanism, String username, char[] password, ScramKeyCache cache,
            String clientNonce) {
        this.mechanism = mechanism;
        this.username = username;
        this.password = password;
        this.cache = cache;
        this.clientNonce = clientNonce;
        this.clientFirstMessageBare = "n=" + escapeUsername(username) + ",r=" + clientNonce;
    }

    ScramMechanism mechanism() {
        return mechanism;
    }

    byte[] clientFirstMessage() {
        return (GS2_HEADER + clientFirstMessageBare).getBytes(StandardCharsets.UTF_8);
    }

    byte[] clientFinalMessage(byte[] serverFirstPayload) {
        if (expectedServerSignature != null) {
            throw new ScramFailure("the server sent a second server-first-message");
        }
        String serverFirst = new String(serverFirstPayload, StandardCharsets.UTF_8);
        ScramAttributes attributes = ScramAttributes.parse(serverFirst, "server-first-message");
        failOnServerError(attributes);
        if (serverFirst.startsWith("m=")) {
            throw new ScramFailure("the server requires a SCRAM extension this driver does not know");
        }
        String nonce = attributes.require('r', "server-first-message");
        if (!nonce.startsWith(clientNonce) || nonce.length() == clientNonce.length()) {
            throw new ScramFailure("the server's nonce does not extend the client nonce");
        }
        byte[] salt = decodeBase64(attributes.require('s', "server-first-message"), "salt");
        int iterations = parseIterations(attributes.require('i', "server-first-message"));
        if (iterations < MINIMUM_ITERATIONS) {
            throw new ScramFailure("the server asks for " + iterations + " iterations; at least "
                    + MINIMUM_ITERATIONS + " are required");
        }
        String clientFinalWithoutProof = "c=" + CHANNEL_BINDING + ",r=" + nonce;
        byte[] authMessage = (clientFirstMessageBare + "," + serverFirst + "," + clientFinalWithoutProof)
                .getBytes(StandardCharsets.UTF_8);

        byte[] preparedPassword = mechanism.preparePassword(username, password);
        ScramKeys keys;
        try {
            keys = cache.keysFor(mechanism, preparedPassword, salt, iterations);
        } finally {
            Arrays.fill(preparedPassword, (byte) 0);
        }
        byte[] storedKey = ScramCrypto.hash(mechanism, keys.clientKey());
        byte[] clientSignature = ScramCrypto.hmac(mechanism, storedKey, authMessage);
        byte[] proof = ScramCrypto.xor(keys.clientKey(), clientSignature);
        expectedServerSignature = ScramCrypto.hmac(mechanism, keys.serverKey(), authMessage);
        Arrays.fill(storedKey, (byte) 0);
        Arrays.fill(clientSignature, (byte) 0);
        String clientFinal = clientFinalWithoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
        return clientFinal.getBytes(StandardCharsets.UTF_8);
    }

    void verifyServerFinal(byte[] serverFinalPayload) {
        if (expectedServerSignature == null) {
            throw new ScramFailure("the server sent its final message before the client proof");
        }
        ScramAttributes attributes = ScramAttributes.parse(new String(serverFinalPayload, StandardCharsets.UTF_8),
                "server-final-message");
        failOnServerError(attributes);
        byte[] signature = decodeBase64(attributes.require('v', "server-final-message"), "server signature");
        if (!MessageDigest.isEqual(signature, expectedServerSignature)) {
            throw new ScramFailure("the server signature does not match; the server may be an impostor");
        }
        complete = true;
    }

    /** Whether the server proved it knows the password. */
    boolean isComplete() {
        return complete;
    }

    static String escapeUsername(String username) {
        return username.replace("=", "=3D").replace(",", "=2C");
    }

    private static void failOnServerError(ScramAttributes attributes) {
        String error = attributes.get('e');
        if (error != null) {
            throw new ScramFailure("the server reported SCRAM error '" + error + "'");
        }
    }

    private static int parseIterations(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ScramFailure("the server's iteration count is not a number");
        }
    }

    private static byte[] decodeBase64(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ScramFailure("the server's " + what + " is not valid base64");
        }
    }
}
