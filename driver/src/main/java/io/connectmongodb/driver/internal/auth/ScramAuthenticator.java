package io.connectmongodb.driver.internal.auth;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoAuthenticationException;
import io.connectmongodb.driver.error.MongoCommandException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Authenticates new connections with SCRAM (MongoDB auth spec), one {@link Attempt} per connection:
 *
 * <ol>
 *   <li>{@link Attempt#handshakeFields()} adds to the {@code hello}: {@code saslSupportedMechs:
 *       "<source>.<user>"} when the mechanism is to be negotiated, and {@code speculativeAuthenticate}
 *       holding a saslStart (the requested mechanism, or SCRAM-SHA-256 when negotiating) with
 *       {@code db: <source>}.</li>
 *   <li>{@link Attempt#complete} reads the hello reply. If it carries {@code speculativeAuthenticate},
 *       the conversation continues from there, saving the saslStart round trip. Otherwise the
 *       mechanism is chosen (the requested one; else SCRAM-SHA-256 when {@code saslSupportedMechs}
 *       lists it, else SCRAM-SHA-1) and a normal saslStart/saslContinue conversation runs.</li>
 *   <li>The client proof goes out in saslContinue; the server's signature is verified; if the
 *       server is not yet {@code done} (servers before 4.4 ignore {@code skipEmptyExchange}), empty
 *       saslContinues follow, at most {@value #MAX_EXTRA_STEPS}.</li>
 * </ol>
 * Every failure (server rejection, failed check, SASLprep error) becomes a
 * {@link MongoAuthenticationException} with the mechanism and source; network errors pass unchanged.
 */
public final class ScramAuthenticator {
    private static final System.Logger LOGGER = System.getLogger(ScramAuthenticator.class.getName());
    private static final int MAX_EXTRA_STEPS = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthCredential credential;
    private final ScramKeyCache cache;
    private final Supplier<String> nonces;

    public ScramAuthenticator(AuthCredential credential, ScramKeyCache cache) {
        this(credential, cache, ScramAuthenticator::randomNonce);
    }

    /** With a nonce source of the caller's choosing (tests replay recorded conversations). */
    ScramAuthenticator(AuthCredential credential, ScramKeyCache cache, Supplier<String> nonces) {
        this.credential = Objects.requireNonNull(credential, "credential");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    public AuthCredential credential() {
        return credential;
    }

    /** A new attempt for one new connection. */
    public Attempt newAttempt() {
        return new Attempt();
    }

    /** 24 random bytes as base64: printable and without ','. */
    static String randomNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The authentication of one connection, from its handshake to the last saslContinue. */
    public final class Attempt {
        private final ScramConversation speculative;
        private boolean usedSpeculative;

        private Attempt() {
            ScramMechanism mechanism = credential.mechanism() != null ? credential.mechanism()
                    : ScramMechanism.SCRAM_SHA_256;
            this.speculative = conversation(mechanism);
        }

        /** Fields to append to the handshake's {@code hello}. */
        public BsonDocument handshakeFields() {
            BsonDocument fields = new BsonDocument();
            if (credential.mechanism() == null) {
                fields.append("saslSupportedMechs", new BsonString(credential.source() + "." + credential.username()));
            }
            fields.append("speculativeAuthenticate", saslStart(speculative).append("db",
                    new BsonString(credential.source())));
            return fields;
        }

        /** Whether the server accepted the speculative saslStart (known after {@link #complete}). */
        public boolean usedSpeculativeAuthentication() {
            return usedSpeculative;
        }

        /**
         * Finishes authentication after the handshake.
         *
         * @param helloReply the server's handshake reply
         * @param runner     runs saslStart/saslContinue on the connection being authenticated
         * @throws MongoAuthenticationException when authentication fails for any reason but the network
         */
        public void complete(BsonDocument helloReply, ServerAddress address, SaslCommandRunner runner) {
            ScramConversation conversation = speculative;
            try {
                BsonValue speculativeReply = helloReply.get("speculativeAuthenticate");
                BsonDocument firstReply;
                if (speculativeReply != null && speculativeReply.isDocument()) {
                    usedSpeculative = true;
                    firstReply = speculativeReply.asDocument();
                } else {
                    ScramMechanism mechanism = negotiate(helloReply);
                    if (mechanism != speculative.mechanism()) {
                        conversation = conversation(mechanism);
                    }
                    firstReply = runner.run(saslStart(conversation).append("$db", new BsonString(credential.source())));
                }
                finish(conversation, firstReply, runner);
            } catch (MongoCommandException e) {
                throw failure(conversation, address, "the server rejected it with error " + e.code()
                        + (e.codeName().isEmpty() ? "" : " (" + e.codeName() + ")") + ": " + e.errorMessage(), e);
            } catch (ScramFailure e) {
                throw failure(conversation, address, e.getMessage(), null);
            } catch (IllegalArgumentException e) {
                throw failure(conversation, address, e.getMessage(), e);
            }
            LOGGER.log(System.Logger.Level.DEBUG, "Authenticated with {0} against source {1} on {2} (speculative: {3})",
                    conversation.mechanism().mechanismName(), credential.source(), address, usedSpeculative);
        }

        private void finish(ScramConversation conversation, BsonDocument firstReply, SaslCommandRunner runner) {
            if (isDone(firstReply)) {
                throw new ScramFailure("the server ended the conversation before the client proof");
            }
            BsonValue conversationId = requireConversationId(firstReply);
            byte[] clientFinal = conversation.clientFinalMessage(payload(firstReply));
            BsonDocument reply = runner.run(saslContinue(conversationId, clientFinal));
            conversation.verifyServerFinal(payload(reply));
            int extraSteps = 0;
            while (!isDone(reply)) {
                if (++extraSteps > MAX_EXTRA_STEPS) {
                    throw new ScramFailure("the server did not finish the conversation after "
                            + MAX_EXTRA_STEPS + " empty saslContinue steps");
                }
                reply = runner.run(saslContinue(conversationId, new byte[0]));
            }
        }

        private BsonDocument saslContinue(BsonValue conversationId, byte[] payload) {
            return new BsonDocument("saslContinue", new BsonInt32(1))
                    .append("conversationId", conversationId)
                    .append("payload", new BsonBinary(payload))
                    .append("$db", new BsonString(credential.source()));
        }
    }

    private ScramConversation conversation(ScramMechanism mechanism) {
        return new ScramConversation(mechanism, credential.username(), credential.passwordChars(), cache,
                nonces.get());
    }

    private ScramMechanism negotiate(BsonDocument helloReply) {
        if (credential.mechanism() != null) {
            return credential.mechanism();
        }
        BsonValue mechanisms = helloReply.get("saslSupportedMechs");
        if (mechanisms instanceof BsonArray) {
            for (BsonValue offered : (BsonArray) mechanisms) {
                if (offered.isString() && ScramMechanism.SCRAM_SHA_256.mechanismName().equals(offered.asString().getValue())) {
                    return ScramMechanism.SCRAM_SHA_256;
                }
            }
        }
        return ScramMechanism.SCRAM_SHA_1;
    }

    private static BsonDocument saslStart(ScramConversation conversation) {
        return new BsonDocument("saslStart", new BsonInt32(1))
                .append("mechanism", new BsonString(conversation.mechanism().mechanismName()))
                .append("payload", new BsonBinary(conversation.clientFirstMessage()))
                .append("options", new BsonDocument("skipEmptyExchange", BsonBoolean.TRUE));
    }

    private static boolean isDone(BsonDocument reply) {
        BsonValue done = reply.get("done");
        return done != null && done.isBoolean() && done.asBoolean().getValue();
    }

    private static BsonValue requireConversationId(BsonDocument reply) {
        BsonValue id = reply.get("conversationId");
        if (id == null || !id.isNumber()) {
            throw new ScramFailure("the server's SASL reply has no conversationId");
        }
        return id;
    }

    private static byte[] payload(BsonDocument reply) {
        BsonValue payload = reply.get("payload");
        if (payload == null) {
            throw new ScramFailure("the server's SASL reply has no payload");
        }
        if (payload.isBinary()) {
            return payload.asBinary().getData();
        }
        if (payload.isString()) { // some servers answer legacy clients with a base64 string
            try {
                return Base64.getDecoder().decode(payload.asString().getValue());
            } catch (IllegalArgumentException e) {
                throw new ScramFailure("the server's SASL payload is not valid base64");
            }
        }
        throw new ScramFailure("the server's SASL payload has type " + payload.getBsonType());
    }

    private MongoAuthenticationException failure(ScramConversation conversation, ServerAddress address, String reason,
            Throwable cause) {
        return new MongoAuthenticationException(reason, conversation.mechanism().mechanismName(), credential.source(),
                address, cause);
    }

    @Override
    public String toString() {
        return "ScramAuthenticator[" + credential + "]";
    }
}
