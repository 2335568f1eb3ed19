package io.connectmongodb.auth;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.connectmongodb.testsupport.ScramTestServer;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.SaslException;
import javax.security.sasl.SaslServer;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.apache.kafka.common.security.scram.ScramCredentialCallback;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.apache.kafka.common.security.scram.internals.ScramSaslServer;

/**
 * An embedded mongo-java-server backend that requires authentication, as mongod with
 * {@code --auth} does. It intercepts {@code handleCommand} (every OP_MSG and OP_QUERY command passes
 * through it) to add MongoDB's SASL commands:
 * <ul>
 *   <li>{@code saslStart}/{@code saslContinue}: SCRAM-SHA-256 is run by kafka-clients'
 *       {@link ScramSaslServer} (a third-party implementation); SCRAM-SHA-1, which Kafka lacks, by
 *       the test-side {@link ScramTestServer}, whose MongoDB dialect the official driver
 *       cross-checks. {@code skipEmptyExchange} is honoured; without it the extra empty round
 *       trip of pre-4.4 servers is required.</li>
 *   <li>{@code hello}/{@code isMaster}: {@code saslSupportedMechs} for {@code "<db>.<user>"} and the
 *       answer to {@code speculativeAuthenticate} (unless speculation is switched off, as on
 *       servers before 4.4).</li>
 *   <li>Every other command but {@code ping}/{@code buildInfo} fails with 13 Unauthorized until the
 *       connection has authenticated.</li>
 * </ul>
 * Users live in the {@code admin} database. SCRAM-SHA-256 users are stored with their SASLprep'd
 * password, as mongod stores them. Test switches: tamper the server signature, ignore speculation.
 */
final class AuthenticatingBackend extends MemoryBackend {
    private static final Set<String> OPEN_COMMANDS = Set.of("hello", "ismaster", "saslstart", "saslcontinue",
            "ping", "buildinfo", "endsessions");
    static final int ITERATIONS = 4096;

    private final Map<String, ScramCredential> sha256Users = new ConcurrentHashMap<>();
    private final ScramTestServer sha1Server = new ScramTestServer("SCRAM-SHA-1", ITERATIONS);
    private final Set<String> sha1Users = ConcurrentHashMap.newKeySet();
    private final Map<Channel, Session> sessions = new ConcurrentHashMap<>();
    final AtomicInteger saslStarts = new AtomicInteger();
    final AtomicInteger speculativeStarts = new AtomicInteger();
    final AtomicInteger successes = new AtomicInteger();
    volatile boolean tamperServerSignature;
    volatile boolean answerSpeculative = true;

    /** One connection's authentication state. */
    private static final class Session {
        volatile boolean authenticated;
        Conversation conversation;
    }

    /** A running SASL conversation, whichever implementation drives it. */
    private interface Conversation {
        /** The next server message, or null when the client's proof was wrong. */
        byte[] step(byte[] clientMessage);

        boolean complete();
    }

    /** Adds a SCRAM-SHA-256 user; {@code storedPassword} must be the SASLprep'd form. */
    void addSha256User(String username, String storedPassword) {
        try {
            sha256Users.put(username, new ScramFormatter(ScramMechanism.SCRAM_SHA_256)
                    .generateCredential(storedPassword, ITERATIONS));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored SCRAM-SHA-256 credential (salt, iterations, keys) of {@code username}, or null. */
    ScramCredential sha256Credential(String username) {
        return sha256Users.get(username);
    }

    void addSha1User(String username, String password) {
        sha1Server.addUser(username, password);
        sha1Users.add(username);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        Session session = sessions.computeIfAbsent(channel, c -> new Session());
        switch (name) {
            case "hello":
            case "ismaster":
                return hello(session, channel, database, query);
            case "saslstart":
                saslStarts.incrementAndGet();
                return saslStart(session, query);
            case "saslcontinue":
                return saslContinue(session, query);
            default:
                if (!session.authenticated && !OPEN_COMMANDS.contains(name)) {
                    throw new MongoServerError(13, "Unauthorized", "command " + command + " requires authentication");
                }
                return super.handleCommand(channel, database, command, query);
        }
    }

    @Override
    public void handleClose(Channel channel) {
        sessions.remove(channel);
        super.handleClose(channel);
    }

    private Document hello(Session session, Channel channel, String database, Document query) {
        Document reply = super.handleCommand(channel, database, "ismaster", query);
        Object userToList = query.get("saslSupportedMechs");
        if (userToList instanceof String) {
            String user = ((String) userToList).substring(((String) userToList).indexOf('.') + 1);
            List<String> mechanisms = new ArrayList<>();
            if (sha1Users.contains(user)) {
                mechanisms.add("SCRAM-SHA-1");
            }
            if (sha256Users.containsKey(user)) {
                mechanisms.add("SCRAM-SHA-256");
            }
            reply.put("saslSupportedMechs", mechanisms);
        }
        Object speculative = query.get("speculativeAuthenticate");
        if (answerSpeculative && speculative instanceof Document) {
            speculativeStarts.incrementAndGet();
            try {
                Document first = saslStart(session, (Document) speculative);
                first.remove("ok");
                reply.put("speculativeAuthenticate", first);
            } catch (MongoServerError e) {
                // mongod leaves speculativeAuthenticate out when it fails; the client then retries normally
            }
        }
        return reply;
    }

    private Document saslStart(Session session, Document query) {
        String mechanism = String.valueOf(query.get("mechanism"));
        byte[] payload = bytes(query.get("payload"));
        Conversation conversation;
        if (mechanism.equals("SCRAM-SHA-256")) {
            conversation = kafkaConversation();
        } else if (mechanism.equals("SCRAM-SHA-1")) {
            conversation = sha1Conversation();
        } else {
            throw new MongoServerError(334, "MechanismUnavailable", "Received authentication for mechanism "
                    + mechanism + " which is not enabled");
        }
        Object options = query.get("options");
        boolean skipEmptyExchange = options instanceof Document
                && Boolean.TRUE.equals(((Document) options).get("skipEmptyExchange"));
        session.conversation = skipEmptyExchange ? conversation : new LegacyExtraStep(conversation);
        return step(session, payload);
    }

    private Document saslContinue(Session session, Document query) {
        if (session.conversation == null) {
            throw new MongoServerError(17, "ProtocolError", "No SASL session state found");
        }
        return step(session, bytes(query.get("payload")));
    }

    private Document step(Session session, byte[] clientMessage) {
        byte[] serverMessage = session.conversation.step(clientMessage);
        if (serverMessage == null) {
            session.conversation = null;
            throw new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
        }
        boolean done = session.conversation.complete();
        if (done) {
            session.authenticated = true;
            session.conversation = null;
            successes.incrementAndGet();
        }
        Document reply = new Document("conversationId", 1);
        reply.put("done", done);
        reply.put("payload", new de.bwaldvogel.mongo.bson.BinData(serverMessage));
        reply.put("ok", 1.0);
        return reply;
    }

    private Conversation kafkaConversation() {
        SaslServer server;
        try {
            server = new ScramSaslServer(ScramMechanism.SCRAM_SHA_256, Map.of(), callbacks -> {
                String user = null;
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback) {
                        user = ((NameCallback) callback).getDefaultName();
                    } else if (callback instanceof ScramCredentialCallback) {
                        ((ScramCredentialCallback) callback).scramCredential(user == null ? null : sha256Users.get(user));
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Conversation() {
            @Override
            public byte[] step(byte[] clientMessage) {
                try {
                    byte[] reply = server.evaluateResponse(clientMessage);
                    return server.isComplete() && tamperServerSignature ? tamper(reply) : reply;
                } catch (SaslException | RuntimeException e) {
                    return null; // kafka signals unknown users and wrong proofs by throwing
                }
            }

            @Override
            public boolean complete() {
                return server.isComplete();
            }
        };
    }

    private Conversation sha1Conversation() {
        sha1Server.tamperServerSignature(tamperServerSignature);
        ScramTestServer.Exchange exchange = sha1Server.newExchange();
        return new Conversation() {
            private int steps;
            private boolean complete;

            @Override
            public byte[] step(byte[] clientMessage) {
                if (steps++ == 0) {
                    byte[] first = exchange.first(clientMessage);
                    return new String(first, StandardCharsets.UTF_8).startsWith("e=") ? null : first;
                }
                byte[] last = exchange.last(clientMessage);
                complete = last != null;
                return last;
            }

            @Override
            public boolean complete() {
                return complete;
            }
        };
    }

    /** Pre-4.4 behaviour: after the server-final-message, one more empty exchange ends it. */
    private static final class LegacyExtraStep implements Conversation {
        private final Conversation inner;
        private boolean innerDone;
        private boolean done;

        LegacyExtraStep(Conversation inner) {
            this.inner = inner;
        }

        @Override
        public byte[] step(byte[] clientMessage) {
            if (innerDone) {
                done = clientMessage.length == 0;
                return done ? new byte[0] : null;
            }
            byte[] reply = inner.step(clientMessage);
            innerDone = reply != null && inner.complete();
            return reply;
        }

        @Override
        public boolean complete() {
            return done;
        }
    }

    /** Flips one bit of the signature in {@code v=<base64>}. */
    private static byte[] tamper(byte[] serverFinal) {
        String message = new String(serverFinal, StandardCharsets.UTF_8);
        byte[] signature = Base64.getDecoder().decode(message.substring(2));
        signature[0] ^= 1;
        return ("v=" + Base64.getEncoder().encodeToString(signature)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[]) {
            return (byte[]) payload;
        }
        if (payload instanceof de.bwaldvogel.mongo.bson.BinData) {
            return ((de.bwaldvogel.mongo.bson.BinData) payload).getData();
        }
        if (payload instanceof String) {
            return Base64.getDecoder().decode((String) payload);
        }
        throw new MongoServerError(14, "TypeMismatch", "payload has an unexpected type");
    }
}
