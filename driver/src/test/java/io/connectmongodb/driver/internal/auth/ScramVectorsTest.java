package io.connectmongodb.driver.internal.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.testsupport.SpecsDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every vector of {@code auth/scram-vectors.json} exactly, with the client nonce
 * injected: the MongoDB SCRAM-SHA-1 and SCRAM-SHA-256 conversations byte for byte through
 * {@link ScramAuthenticator} (including the pre-4.4 extra empty round trip), and the RFC 5802 and
 * RFC 7677 derivations (salted password, keys, proof, signature) through the SCRAM primitives.
 */
class ScramVectorsTest {
    private static BsonDocument file;

    @BeforeAll
    static void load() throws IOException {
        Path path = SpecsDir.resolve("auth/scram-vectors.json");
        Assumptions.assumeTrue(Files.isRegularFile(path), "skipped: " + path + " is missing");
        file = BsonDocument.parse(Files.readString(path));
        System.out.println("ScramVectorsTest: " + file.getArray("vectors").size() + " vectors from " + path);
    }

    private static List<BsonDocument> vectors() {
        List<BsonDocument> vectors = new ArrayList<>();
        for (BsonValue v : file.getArray("vectors")) {
            vectors.add(v.asDocument());
        }
        return vectors;
    }

    private static byte[] hex(BsonDocument derived, String key) {
        return HexFormat.of().parseHex(derived.getString(key).getValue());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyVectorsDerivationMatches() {
        int checked = 0;
        for (BsonDocument v : vectors()) {
            ScramMechanism mechanism = ScramMechanism.byName(v.getString("mechanism").getValue());
            String name = v.getString("name").getValue();
            // MongoDB SCRAM-SHA-1 salts the MD5 digest; the RFC vectors salt the raw password.
            byte[] keyPassword = v.containsKey("keyDerivationPassword")
                    ? utf8(v.getString("keyDerivationPassword").getValue())
                    : utf8(v.getString("password").getValue());
            byte[] salt = Base64.getDecoder().decode(v.getString("saltBase64").getValue());
            int iterations = v.getInt32("iterations").getValue();
            BsonDocument derived = v.getDocument("derived");

            assertArrayEquals(hex(derived, "saltedPasswordHex"),
                    ScramCrypto.pbkdf2(mechanism, keyPassword, salt, iterations), name);
            ScramKeys keys = ScramKeys.derive(mechanism, keyPassword, salt, iterations);
            assertArrayEquals(hex(derived, "clientKeyHex"), keys.clientKey(), name);
            assertArrayEquals(hex(derived, "serverKeyHex"), keys.serverKey(), name);
            byte[] storedKey = ScramCrypto.hash(mechanism, keys.clientKey());
            assertArrayEquals(hex(derived, "storedKeyHex"), storedKey, name);

            byte[] authMessage = utf8(derived.getString("authMessage").getValue());
            byte[] proof = ScramCrypto.xor(keys.clientKey(), ScramCrypto.hmac(mechanism, storedKey, authMessage));
            assertEquals(v.getString("clientProofBase64").getValue(), Base64.getEncoder().encodeToString(proof), name);
            assertEquals(v.getString("serverSignatureBase64").getValue(),
                    Base64.getEncoder().encodeToString(ScramCrypto.hmac(mechanism, keys.serverKey(), authMessage)), name);
            checked++;
        }
        assertEquals(4, checked);
    }

    @Test
    void mongodbSha1PasswordDigestMatches() {
        BsonDocument v = byName("mongodb-scram-sha-1");
        assertEquals(v.getString("keyDerivationPassword").getValue(), new String(
                ScramMechanism.SCRAM_SHA_1.preparePassword("user", "pencil".toCharArray()), StandardCharsets.US_ASCII));
    }

    @Test
    void everyClientMessageMatchesWithInjectedNonce() {
        for (BsonDocument v : vectors()) {
            String name = v.getString("name").getValue();
            if (name.startsWith("rfc5802")) {
                continue; // generic SCRAM-SHA-1 without MongoDB's MD5 step: covered by the derivation test
            }
            ScramMechanism mechanism = ScramMechanism.byName(v.getString("mechanism").getValue());
            ScramConversation conversation = new ScramConversation(mechanism, v.getString("username").getValue(),
                    v.getString("password").getValue().toCharArray(), new ScramKeyCache(4),
                    v.getString("clientNonce").getValue());
            assertEquals(v.getString("clientFirstMessage").getValue(),
                    new String(conversation.clientFirstMessage(), StandardCharsets.UTF_8), name);
            byte[] clientFinal = conversation.clientFinalMessage(utf8(v.getString("serverFirstMessage").getValue()));
            assertEquals(v.getString("clientFinalMessage").getValue(), new String(clientFinal, StandardCharsets.UTF_8),
                    name);
            conversation.verifyServerFinal(utf8(v.getString("serverFinalMessage").getValue()));
            assertTrue(conversation.isComplete(), name);
        }
    }

    @Test
    void mongodbConversationsReplayOverSaslCommands() {
        for (String name : List.of("mongodb-scram-sha-1", "mongodb-scram-sha-256")) {
            BsonDocument v = byName(name);
            BsonDocument conversation = v.getDocument("mongodbSaslConversation");
            List<BsonDocument> sent = replay(v, conversation, false);
            assertEquals(2, sent.size(), name);
            assertSent(conversation.getDocument("saslStart"), sent.get(0), name);
            assertEquals(conversation.getDocument("saslStart").getDocument("options"), sent.get(0).getDocument("options"));
            assertSent(conversation.getDocument("saslContinue"), sent.get(1), name);
        }
        BsonDocument sha1 = byName("mongodb-scram-sha-1");
        BsonDocument conversation = sha1.getDocument("mongodbSaslConversation");
        List<BsonDocument> sent = replay(sha1, conversation, true);
        assertEquals(3, sent.size());
        assertSent(conversation.getDocument("legacyExtraRoundTrip").getDocument("extraSaslContinue"), sent.get(2),
                "legacy extra round trip");
    }

    /** Runs the authenticator against replies recorded in the vector; returns what it sent. */
    private static List<BsonDocument> replay(BsonDocument v, BsonDocument conversation, boolean legacyExtraStep) {
        AuthCredential credential = AuthCredential.of(v.getString("username").getValue(), "admin",
                v.getString("password").getValue().toCharArray(), v.getString("mechanism").getValue());
        String nonce = v.getString("clientNonce").getValue();
        ScramAuthenticator authenticator = new ScramAuthenticator(credential, new ScramKeyCache(4), () -> nonce);
        List<BsonDocument> sent = new ArrayList<>();
        BsonDocument legacy = conversation.getDocument("legacyExtraRoundTrip", new BsonDocument());
        authenticator.newAttempt().complete(new BsonDocument(), io.connectmongodb.driver.ServerAddress.of("vector.test"),
                command -> {
                    sent.add(command);
                    switch (sent.size()) {
                        case 1:
                            return withBinaryPayload(conversation.getDocument("saslStartReply"));
                        case 2:
                            return withBinaryPayload(legacyExtraStep
                                    ? legacy.getDocument("saslContinueReplyBeforeExtra")
                                    : conversation.getDocument("saslContinueReply"));
                        default:
                            return withBinaryPayload(legacy.getDocument("extraSaslContinueReply"));
                    }
                });
        return sent;
    }

    private static void assertSent(BsonDocument expected, BsonDocument actual, String name) {
        assertEquals(expected.getString("payloadBase64").getValue(),
                Base64.getEncoder().encodeToString(actual.getBinary("payload").getData()), name);
        if (expected.containsKey("mechanism")) {
            assertEquals(expected.get("mechanism"), actual.get("mechanism"), name);
        }
        if (expected.containsKey("conversationId")) {
            assertEquals(expected.get("conversationId"), actual.get("conversationId"), name);
        }
    }

    private static BsonDocument withBinaryPayload(BsonDocument recorded) {
        BsonDocument reply = recorded.clone();
        reply.remove("payloadBase64");
        reply.put("payload", new BsonBinary(Base64.getDecoder().decode(recorded.getString("payloadBase64").getValue())));
        return reply;
    }

    private static BsonDocument byName(String name) {
        return vectors().stream().filter(v -> v.getString("name").getValue().equals(name)).findFirst().orElseThrow();
    }
}
