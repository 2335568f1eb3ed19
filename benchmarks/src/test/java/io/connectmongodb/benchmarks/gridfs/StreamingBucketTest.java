package io.connectmongodb.benchmarks.gridfs;

import com.mongodb.MongoGridFSException;
import com.mongodb.MongoInternalException;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingBucketTest {
    private static MongoServer server;
    private static String uri;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void bothSidesRoundTripTheContentAndReadEachOthersFiles() {
        long length = 3L * 1024 * 1024 + 17;
        try (StreamingBucket ours = StreamingBucket.open(Side.OURS, uri, "rt");
             StreamingBucket official = StreamingBucket.open(Side.OFFICIAL, uri, "rt")) {
            ours.drop();
            ObjectId byOurs = ours.upload("a.bin", new RepeatingContent(length));
            ObjectId byOfficial = official.upload("b.bin", new RepeatingContent(length));
            for (StreamingBucket reader : new StreamingBucket[] {ours, official}) {
                for (ObjectId id : new ObjectId[] {byOurs, byOfficial}) {
                    CheckingSink sink = new CheckingSink(true);
                    reader.download(id, sink);
                    sink.expect(length);
                }
            }
            ours.drop();
        }
    }

    /**
     * Why the official side downloads with a batch size: mongo-java-server 1.47 answers a find
     * without batchSize with every chunk in the first batch, so a file above 48,000,000 bytes comes
     * as one reply larger than maxMessageSizeBytes, which the official driver rejects.
     */
    @Test
    void officialDownloadToStreamFailsOnTheEmbeddedServerAboveTheMessageSizeAndTheBatchedOneWorks() {
        long length = 50L * 1024 * 1024;
        try (StreamingBucket official = StreamingBucket.open(Side.OFFICIAL, uri, "big");
             com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
            official.drop();
            ObjectId id = official.upload("big.bin", new RepeatingContent(length));
            com.mongodb.client.gridfs.GridFSBucket plain = com.mongodb.client.gridfs.GridFSBuckets
                    .create(client.getDatabase(CannedReplies.DATABASE), "big");
            MongoGridFSException e = assertThrows(MongoGridFSException.class,
                    () -> plain.downloadToStream(id, OutputStream.nullOutputStream()));
            MongoInternalException cause = assertInstanceOf(MongoInternalException.class, e.getCause());
            assertTrue(cause.getMessage().contains("greater than the maximum message length 48000000"), cause.getMessage());

            CheckingSink sink = new CheckingSink(true);
            official.download(id, sink);
            sink.expect(length);
            official.drop();
        }
    }

    @Test
    void probeKeepsBothDriversWithinTheHeapBound() throws Exception {
        for (Side side : Side.values()) {
            HeapBoundProbe.Outcome outcome = HeapBoundProbe.run(side, uri, 8, false);
            assertTrue(outcome.passed(), outcome.detail());
            assertTrue(outcome.detail().startsWith("upload + download of 8 MB in a child JVM with -Xmx64m: passed"),
                    outcome.detail());
        }
    }

    @Test
    void aProbeThatCannotConnectFails() throws Exception {
        HeapBoundProbe.Outcome outcome = HeapBoundProbe.run(Side.OURS, "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500", 1, true);
        assertEquals(false, outcome.passed(), outcome.detail());
    }
}
