package io.connectmongodb.reliability;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.internal.auth.ScramKeyCache;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.HandshakeReplies;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.topology.HelloReplyParser;
import io.connectmongodb.driver.internal.wire.MessageLimits;
import io.connectmongodb.driver.internal.wire.OpMsgDecoder;
import io.connectmongodb.driver.internal.wire.OpMsgReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the driver's reply decoding and handshake with mutated and random server replies
 * ({@link ReplyMutator}): 10,000 cases in the default build, 1,000,000 under {@code -Preliability}.
 * Each case, from its own seed, goes through one real path:
 * <ol>
 *   <li>the handshake: {@link SocketConnectionFactory#open} over a {@link ScriptedReplyStream} whose
 *       hello reply is corrupted ({@code StreamConnection}, {@code Handshake}, {@code HandshakeReplies});</li>
 *   <li>a command on a connection whose handshake succeeded (negotiating maxMessageSizeBytes
 *       {@value FuzzReplies#NEGOTIATED_MAX_MESSAGE_SIZE}), with a corrupted find, error or
 *       document-sequence reply; the returned body is decoded completely, as a caller would;</li>
 *   <li>{@link OpMsgDecoder#decode} directly, then {@link HandshakeReplies#describe} and
 *       {@link HelloReplyParser#parse} on the decoded body.</li>
 * </ol>
 * Only driver exceptions ({@link MongoException} subclasses) may come out; anything else, an
 * OutOfMemoryError, a read larger than the negotiated maximum, or a run past its time bound fails
 * the test and prints the case's seed. Replay one case with
 * {@code -Dfuzz.seed=<case seed> -Dfuzz.count=1}; the whole run with {@code -Dfuzz.seed=<run seed>}.
 */
class WireFuzzIT {
    private static final ServerAddress ADDRESS = ServerAddress.of("fuzz.example", 27017);
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;
    private static volatile long currentSeed;

    @Test
    void mutatedRepliesOnlyEverRaiseTypedErrors() {
        int count = intProperty("fuzz.count", ReliabilitySizes.pick(10_000, 1_000_000));
        long runSeed = longProperty("fuzz.seed", System.nanoTime() ^ 0x5DEECE66DL);
        System.out.println("WireFuzzIT [" + ReliabilitySizes.profileName() + "]: run seed " + runSeed + ", " + count
                + " cases (replay: -Dfuzz.seed=" + runSeed + ")");
        Duration bound = Duration.ofSeconds(ReliabilitySizes.pick(120, 1_200));
        Tally tally = new Tally();
        long started = System.nanoTime();
        try {
            assertTimeoutPreemptively(bound, () -> {
                for (int i = 0; i < count; i++) {
                    long caseSeed = runSeed + i * SEED_STEP;
                    currentSeed = caseSeed;
                    runCase(caseSeed, tally);
                }
            }, () -> "fuzzing hung or ran past " + bound + "; the case running had seed " + currentSeed
                    + " (replay: -Dfuzz.seed=" + currentSeed + " -Dfuzz.count=1)");
        } catch (OutOfMemoryError e) {
            fail("OutOfMemoryError in case with seed " + currentSeed + " (replay: -Dfuzz.seed=" + currentSeed
                    + " -Dfuzz.count=1)", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("WireFuzzIT: " + count + " cases in " + millis + " ms; outcomes " + tally.outcomes
                + "; largest read " + tally.largestRead + " bytes (limit " + MessageLimits.DEFAULT_MAX_MESSAGE_SIZE_BYTES
                + " before the handshake, " + FuzzReplies.NEGOTIATED_MAX_MESSAGE_SIZE + " after)");
        if (count >= 1_000) { // a replay of one case may well end in an error
            assertTrue(tally.outcomes.getOrDefault("decoded", 0L) > 0, "some mutations still decode (the base replies are valid)");
        }
    }

    /** What the cases ended in, by path and exception class. */
    private static final class Tally {
        final Map<String, Long> outcomes = new TreeMap<>();
        long largestRead;

        void count(String key) {
            outcomes.merge(key, 1L, Long::sum);
        }
    }

    private static void runCase(long seed, Tally tally) {
        SplittableRandom random = new SplittableRandom(seed);
        int path = random.nextInt(3);
        String[] kind = {"?"};
        try {
            if (path == 0) {
                handshake(random, kind, tally);
            } else if (path == 1) {
                command(random, kind, tally);
            } else {
                decodeDirectly(random, kind);
            }
            tally.count("decoded");
        } catch (MongoException e) {
            tally.count(e.getClass().getSimpleName());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("case seed " + seed + " (path " + path + ", mutation " + kind[0]
                    + ") raised an untyped " + e + "; replay: -Dfuzz.seed=" + seed + " -Dfuzz.count=1", e);
        }
    }

    private static void handshake(SplittableRandom random, String[] kind, Tally tally) {
        byte[] base = FuzzReplies.opMsg(0, FuzzReplies.hello(), null, null);
        byte[] mutated = ReplyMutator.mutate(base, random, kind);
        IntFunction<byte[]> reply = requestId -> answer(mutated, requestId, kind[0]);
        ScriptedReplyStream stream = new ScriptedReplyStream(ADDRESS).then(reply).then(reply);
        try (Connection connection = factory(stream).open(ADDRESS)) {
            HelloReplyParser.parse(ADDRESS, connection.description().helloReply(), 1.0, 1.0, 0);
        } finally {
            checkRead(stream, MessageLimits.DEFAULT_MAX_MESSAGE_SIZE_BYTES, tally, kind[0]);
        }
    }

    private static void command(SplittableRandom random, String[] kind, Tally tally) {
        int shape = random.nextInt(3);
        byte[] base = shape == 0 ? FuzzReplies.opMsg(0, FuzzReplies.findReply(), null, null)
                : shape == 1 ? FuzzReplies.opMsg(0, FuzzReplies.errorReply(), null, null)
                : FuzzReplies.opMsg(0, new BsonDocument("n", new BsonInt32(2)).append("ok", new BsonInt32(1)),
                        "documents", List.of(FuzzReplies.everyType(1), FuzzReplies.everyType(2)));
        byte[] mutated = ReplyMutator.mutate(base, random, kind);
        byte[] hello = FuzzReplies.opMsg(0, FuzzReplies.hello(), null, null);
        ScriptedReplyStream stream = new ScriptedReplyStream(ADDRESS)
                .then(requestId -> answer(hello, requestId, "intact"))
                .then(requestId -> answer(mutated, requestId, kind[0]));
        try (Connection connection = factory(stream).open(ADDRESS)) {
            BsonDocument reply = connection.command(new BsonDocument("find", new BsonString("c"))
                    .append("$db", new BsonString("db")));
            touch(reply);
        } finally {
            checkRead(stream, FuzzReplies.NEGOTIATED_MAX_MESSAGE_SIZE, tally, kind[0]);
        }
    }

    private static void decodeDirectly(SplittableRandom random, String[] kind) {
        byte[] base = random.nextBoolean() ? FuzzReplies.opMsg(0, FuzzReplies.hello(), null, null)
                : FuzzReplies.opMsg(0, FuzzReplies.findReply(), null, null);
        byte[] mutated = ReplyMutator.mutate(base, random, kind);
        OpMsgReply reply = OpMsgDecoder.decode(mutated, FuzzReplies.NEGOTIATED_MAX_MESSAGE_SIZE, ADDRESS);
        touch(reply.body());
        HandshakeReplies.describe(ADDRESS, reply.body(), true);
        HelloReplyParser.parse(ADDRESS, reply.body(), 1.0, null, 0);
    }

    /** Sets responseTo to the request's id unless the mutation is about responseTo. */
    private static byte[] answer(byte[] reply, int requestId, String kind) {
        byte[] copy = reply.clone();
        if (!kind.contains("responseTo") && !kind.contains("random")) {
            ReplyMutator.writeInt(copy, 8, requestId);
        }
        return copy;
    }

    private static void checkRead(ScriptedReplyStream stream, int limit, Tally tally, String kind) {
        tally.largestRead = Math.max(tally.largestRead, stream.largestReadRequest());
        if (stream.largestReadRequest() > limit) {
            throw new AssertionError("a read of " + stream.largestReadRequest() + " bytes exceeds the limit " + limit
                    + " (mutation " + kind + ", case seed " + currentSeed + ")");
        }
    }

    private static SocketConnectionFactory factory(ScriptedReplyStream stream) {
        return new SocketConnectionFactory(new ConnectionSettings(1_000, 1_000, "fuzz"), address -> stream,
                new ScramKeyCache(1));
    }

    /** Decodes every value, as a caller reading the reply would. */
    private static void touch(BsonDocument document) {
        for (Map.Entry<String, BsonValue> entry : document.entrySet()) {
            touch(entry.getValue());
        }
    }

    private static void touch(BsonValue value) {
        if (value.isDocument()) {
            touch(value.asDocument());
        } else if (value.isArray()) {
            for (BsonValue item : value.asArray()) {
                touch(item);
            }
        } else if (value.isJavaScriptWithScope()) {
            touch(value.asJavaScriptWithScope().getScope());
        }
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static long longProperty(String name, long fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim());
    }
}
