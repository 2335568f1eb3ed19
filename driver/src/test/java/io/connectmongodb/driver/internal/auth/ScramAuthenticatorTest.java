package io.connectmongodb.driver.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoAuthenticationException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.testsupport.ScramTestServer;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** Negotiation, speculative authentication and failure mapping, against an in-process SCRAM server. */
class ScramAuthenticatorTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("auth.test", 27017);

    /** Answers saslStart/saslContinue like mongod, from a {@link ScramTestServer} per mechanism. */
    private static final class FakeSaslServer {
        final ScramTestServer sha1 = new ScramTestServer("SCRAM-SHA-1", 4096);
        final ScramTestServer sha256 = new ScramTestServer("SCRAM-SHA-256", 4096);
        final List<BsonDocument> received = new ArrayList<>();
        ScramTestServer.Exchange exchange;
        boolean finishEarly;

        FakeSaslServer(String user, String password) {
            sha1.addUser(user, password);
            sha256.addUser(user, password);
        }

        BsonDocument start(BsonDocument saslStart) {
            String mechanism = saslStart.getString("mechanism").getValue();
            exchange = (mechanism.equals("SCRAM-SHA-1") ? sha1 : sha256).newExchange();
            byte[] serverFirst = exchange.first(saslStart.getBinary("payload").getData());
            if (new String(serverFirst).startsWith("e=")) {
                throw error(11, "UserNotFound", "Could not find user");
            }
            return reply(serverFirst, finishEarly);
        }

        BsonDocument run(BsonDocument command) {
            received.add(command);
            if (command.containsKey("saslStart")) {
                return start(command);
            }
            byte[] serverFinal = exchange.last(command.getBinary("payload").getData());
            if (serverFinal == null) {
                throw error(18, "AuthenticationFailed", "Authentication failed.");
            }
            return reply(serverFinal, true);
        }

        private static BsonDocument reply(byte[] payload, boolean done) {
            return new BsonDocument("conversationId", new BsonInt32(1)).append("done", BsonBoolean.valueOf(done))
                    .append("payload", new BsonBinary(payload)).append("ok", new BsonInt32(1));
        }

        private static MongoCommandException error(int code, String name, String message) {
            return new MongoCommandException(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                    .append("codeName", new BsonString(name)).append("errmsg", new BsonString(message)), ADDRESS);
        }
    }

    private static ScramAuthenticator authenticator(String password, String mechanism) {
        return new ScramAuthenticator(AuthCredential.of("alice", "admin", password.toCharArray(), mechanism),
                new ScramKeyCache(8));
    }

    private static BsonDocument helloWithMechs(String... mechanisms) {
        BsonArray array = new BsonArray();
        for (String m : mechanisms) {
            array.add(new BsonString(m));
        }
        return new BsonDocument("saslSupportedMechs", array);
    }

    @Test
    void negotiatesThroughSaslSupportedMechs() {
        FakeSaslServer server = new FakeSaslServer("alice", "pw");
        authenticator("pw", null).newAttempt().complete(helloWithMechs("SCRAM-SHA-1", "SCRAM-SHA-256"), ADDRESS, server::run);
        authenticator("pw", null).newAttempt().complete(helloWithMechs("SCRAM-SHA-1"), ADDRESS, server::run);
        authenticator("pw", null).newAttempt().complete(new BsonDocument(), ADDRESS, server::run);
        authenticator("pw", "SCRAM-SHA-1").newAttempt().complete(helloWithMechs("SCRAM-SHA-256"), ADDRESS, server::run);
        List<String> mechanisms = new ArrayList<>();
        for (BsonDocument command : server.received) {
            if (command.containsKey("saslStart")) {
                mechanisms.add(command.getString("mechanism").getValue());
                assertEquals("admin", command.getString("$db").getValue());
                assertEquals(BsonBoolean.TRUE, command.getDocument("options").get("skipEmptyExchange"));
            }
        }
        assertEquals(List.of("SCRAM-SHA-256", "SCRAM-SHA-1", "SCRAM-SHA-1", "SCRAM-SHA-1"), mechanisms);
    }

    @Test
    void handshakeFieldsCarryNegotiationAndASpeculativeSaslStart() {
        BsonDocument negotiated = authenticator("pw", null).newAttempt().handshakeFields();
        assertEquals("admin.alice", negotiated.getString("saslSupportedMechs").getValue());
        BsonDocument speculative = negotiated.getDocument("speculativeAuthenticate");
        assertEquals("SCRAM-SHA-256", speculative.getString("mechanism").getValue());
        assertEquals("admin", speculative.getString("db").getValue());
        assertTrue(new String(speculative.getBinary("payload").getData()).startsWith("n,,n=alice,r="));

        BsonDocument explicit = authenticator("pw", "SCRAM-SHA-1").newAttempt().handshakeFields();
        assertFalse(explicit.containsKey("saslSupportedMechs"));
        assertEquals("SCRAM-SHA-1", explicit.getDocument("speculativeAuthenticate").getString("mechanism").getValue());
    }

    @Test
    void speculativeReplySavesTheSaslStartRoundTrip() {
        FakeSaslServer server = new FakeSaslServer("alice", "pw");
        ScramAuthenticator.Attempt attempt = authenticator("pw", null).newAttempt();
        BsonDocument speculativeStart = attempt.handshakeFields().getDocument("speculativeAuthenticate");
        BsonDocument hello = new BsonDocument("speculativeAuthenticate", server.start(speculativeStart));
        attempt.complete(hello, ADDRESS, server::run);
        assertTrue(attempt.usedSpeculativeAuthentication());
        assertEquals(1, server.received.size());
        assertTrue(server.received.get(0).containsKey("saslContinue"));
    }

    @Test
    void wrongPasswordIsATypedFailureWithoutThePassword() {
        FakeSaslServer server = new FakeSaslServer("alice", "right-password");
        MongoAuthenticationException e = assertThrows(MongoAuthenticationException.class,
                () -> authenticator("wrong-password", "SCRAM-SHA-256").newAttempt()
                        .complete(new BsonDocument(), ADDRESS, server::run));
        assertEquals("SCRAM-SHA-256", e.mechanism());
        assertEquals("admin", e.source());
        assertTrue(e.getMessage().contains("AuthenticationFailed"), e.getMessage());
        assertFalse(e.toString().contains("wrong-password"));
    }

    @Test
    void unknownUserAndImpostorServerFail() {
        FakeSaslServer server = new FakeSaslServer("bob", "pw");
        MongoAuthenticationException unknown = assertThrows(MongoAuthenticationException.class,
                () -> authenticator("pw", null).newAttempt().complete(new BsonDocument(), ADDRESS, server::run));
        assertTrue(unknown.getMessage().contains("UserNotFound"), unknown.getMessage());

        FakeSaslServer impostor = new FakeSaslServer("alice", "pw");
        impostor.sha1.tamperServerSignature(true);
        MongoAuthenticationException e = assertThrows(MongoAuthenticationException.class,
                () -> authenticator("pw", null).newAttempt().complete(new BsonDocument(), ADDRESS, impostor::run));
        assertTrue(e.getMessage().contains("impostor"), e.getMessage());
        assertEquals("SCRAM-SHA-1", e.mechanism());
    }

    @Test
    void serverThatFinishesBeforeTheProofIsRejected() {
        FakeSaslServer server = new FakeSaslServer("alice", "pw");
        server.finishEarly = true;
        MongoAuthenticationException e = assertThrows(MongoAuthenticationException.class,
                () -> authenticator("pw", "SCRAM-SHA-256").newAttempt().complete(new BsonDocument(), ADDRESS, server::run));
        assertTrue(e.getMessage().contains("before the client proof"), e.getMessage());
    }

    @Test
    void saslPrepFailureIsAnAuthenticationFailure() {
        FakeSaslServer server = new FakeSaslServer("alice", "pw");
        MongoAuthenticationException e = assertThrows(MongoAuthenticationException.class,
                () -> authenticator("bad\u0007pw", "SCRAM-SHA-256").newAttempt()
                        .complete(new BsonDocument(), ADDRESS, server::run));
        assertTrue(e.getMessage().contains("SASLprep"), e.getMessage());
    }
}
