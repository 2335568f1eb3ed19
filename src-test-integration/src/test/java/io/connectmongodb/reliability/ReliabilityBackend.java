package io.connectmongodb.reliability;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * The embedded server's backend for the reliability suites. Three additions to the memory backend:
 * <ul>
 *   <li><b>Persistence across restarts:</b> {@link #close()} (which {@code MongoServer.shutdown}
 *       calls and which would drop every database) keeps the data, so the same instance can be
 *       bound again by a new {@code MongoServer} on the same port, like a mongod restarting with
 *       its data files. {@link #destroy()} really closes it.</li>
 *   <li><b>Optional SCRAM-SHA-256</b> (kafka-clients' {@link ScramSaslServer}, a third-party
 *       server): once a user is added, every command but the handshake and SASL ones needs an
 *       authenticated connection; {@code speculativeAuthenticate} in hello is answered.</li>
 *   <li><b>Recording:</b> every command that reaches the backend is counted by name, so a test can
 *       prove that nothing but handshakes and heartbeats was sent.</li>
 * </ul>
 */
final class ReliabilityBackend extends MemoryBackend {
    static final int ITERATIONS = 4096;
    private static final Set<String> OPEN_COMMANDS = Set.of("hello", "ismaster", "saslstart", "saslcontinue",
            "ping", "buildinfo", "endsessions");
    /** Sent by handshakes and monitors, not by operations. */
    private static final Set<String> CONNECTION_COMMANDS = Set.of("hello", "ismaster", "saslstart", "saslcontinue");

    private final Map<String, ScramCredential> users = new ConcurrentHashMap<>();
    private final Map<Channel, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> commandCounts = new ConcurrentHashMap<>();

    private static final class Session {
        volatile boolean authenticated;
        SaslServer sasl;
    }

    /** Requires authentication from now on and adds a SCRAM-SHA-256 user (ASCII password: SASLprep is the identity). */
    ScramCredential addUser(String username, String password) {
        try {
            ScramCredential credential = new ScramFormatter(ScramMechanism.SCRAM_SHA_256)
                    .generateCredential(password, ITERATIONS);
            users.put(username, credential);
            return credential;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commands other than handshake and authentication that reached the server. */
    long operationCommands() {
        long total = 0;
        for (Map.Entry<String, AtomicLong> entry : commandCounts.entrySet()) {
            if (!CONNECTION_COMMANDS.contains(entry.getKey())) {
                total += entry.getValue().get();
            }
        }
        return total;
    }

    /** Per-command counts, for failure messages. */
    Map<String, Long> commandCounts() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        commandCounts.forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        commandCounts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
        if (users.isEmpty()) {
            return super.handleCommand(channel, database, command, query);
        }
        Session session = sessions.computeIfAbsent(channel, c -> new Session());
        switch (name) {
            case "hello":
            case "ismaster":
                return hello(session, channel, database, query);
            case "saslstart":
                return saslStart(session, query);
            case "saslcontinue":
                if (session.sasl == null) {
                    throw new MongoServerError(17, "ProtocolError", "No SASL session state found");
                }
                return step(session, bytes(query.get("payload")));
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
        Object user = query.get("saslSupportedMechs");
        if (user instanceof String && users.containsKey(((String) user).substring(((String) user).indexOf('.') + 1))) {
            reply.put("saslSupportedMechs", java.util.List.of("SCRAM-SHA-256"));
        }
        Object speculative = query.get("speculativeAuthenticate");
        if (speculative instanceof Document) {
            try {
                Document first = saslStart(session, (Document) speculative);
                first.remove("ok");
                reply.put("speculativeAuthenticate", first);
            } catch (MongoServerError e) {
                // as mongod: no speculative answer, the client authenticates normally
            }
        }
        return reply;
    }

    private Document saslStart(Session session, Document query) {
        if (!"SCRAM-SHA-256".equals(query.get("mechanism"))) {
            throw new MongoServerError(334, "MechanismUnavailable", "only SCRAM-SHA-256 is enabled");
        }
        try {
            session.sasl = new ScramSaslServer(ScramMechanism.SCRAM_SHA_256, Map.of(), callbacks -> {
                String user = null;
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback) {
                        user = ((NameCallback) callback).getDefaultName();
                    } else if (callback instanceof ScramCredentialCallback) {
                        ((ScramCredentialCallback) callback).scramCredential(user == null ? null : users.get(user));
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return step(session, bytes(query.get("payload")));
    }

    private Document step(Session session, byte[] clientMessage) {
        byte[] serverMessage;
        try {
            serverMessage = session.sasl.evaluateResponse(clientMessage);
        } catch (SaslException | RuntimeException e) {
            session.sasl = null;
            throw new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
        }
        boolean done = session.sasl.isComplete();
        if (done) {
            session.authenticated = true;
            session.sasl = null;
        }
        Document reply = new Document("conversationId", 1);
        reply.put("done", done);
        reply.put("payload", new BinData(serverMessage));
        reply.put("ok", 1.0);
        return reply;
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[]) {
            return (byte[]) payload;
        }
        if (payload instanceof BinData) {
            return ((BinData) payload).getData();
        }
        if (payload instanceof String) {
            return Base64.getDecoder().decode((String) payload);
        }
        throw new MongoServerError(14, "TypeMismatch", "payload has an unexpected type");
    }

    /** Keeps the data: a restarted server on the same port serves the same databases. */
    @Override
    public void close() {
    }

    /** Really closes the backend, dropping its data. */
    void destroy() {
        super.close();
    }
}
