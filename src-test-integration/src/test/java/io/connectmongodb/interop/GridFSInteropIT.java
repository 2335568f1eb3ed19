package io.connectmongodb.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.gridfs.GridFSBucket;
import io.connectmongodb.driver.gridfs.GridFSBuckets;
import io.connectmongodb.driver.gridfs.GridFSDownloadOptions;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.gridfs.GridFSUploadOptions;
import io.connectmongodb.testsupport.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GridFS files written by this driver are read byte-identical by the official driver's
 * {@code GridFSBucket}, and the reverse, with metadata and several revisions of one filename.
 */
class GridFSInteropIT {
    private static final String DB = "gridfs_interop_" + Long.toHexString(System.nanoTime());

    private static io.connectmongodb.driver.MongoClient ours;
    private static MongoClient official;
    private static GridFSBucket ourBucket;
    private static com.mongodb.client.gridfs.GridFSBucket officialBucket;

    @BeforeAll
    static void connect() {
        String uri = TestServer.shared().uri();
        ours = MongoClients.create(uri);
        official = com.mongodb.client.MongoClients.create(uri);
        ourBucket = GridFSBuckets.create(ours.getDatabase(DB), "interop");
        officialBucket = com.mongodb.client.gridfs.GridFSBuckets.create(official.getDatabase(DB), "interop");
    }

    @AfterAll
    static void cleanUp() {
        ours.getDatabase(DB).drop();
        ours.close();
        official.close();
    }

    private static byte[] bytes(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    private static byte[] officialDownload(ObjectId id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        officialBucket.downloadToStream(id, out);
        return out.toByteArray();
    }

    @Test
    void filesWeWriteAreReadByTheOfficialDriver() {
        byte[] content = bytes(700_000, 1);
        ObjectId id = ourBucket.uploadFromBytes("ours.bin", content,
                new GridFSUploadOptions().metadata(new Document("owner", "ada").append("tags", List.of("a", "b")))
                        .contentType("application/octet-stream"));
        assertArrayEquals(content, officialDownload(id));
        com.mongodb.client.gridfs.model.GridFSFile file = officialBucket.find(new Document("_id", id)).first();
        assertEquals("ours.bin", file.getFilename());
        assertEquals(content.length, file.getLength());
        assertEquals(255 * 1024, file.getChunkSize());
        assertEquals("ada", file.getMetadata().getString("owner"));
        assertEquals("application/octet-stream", file.getMetadata().getString("contentType"));
    }

    @Test
    void revisionsWeWriteAreOrderedTheSameByTheOfficialDriver() throws InterruptedException {
        List<byte[]> versions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] content = bytes(1000 + i, 10 + i);
            versions.add(content);
            ourBucket.withChunkSizeBytes(300).uploadFromBytes("ours-revisions.txt", content);
            Thread.sleep(2);
        }
        for (int revision : new int[] {0, 1, 2, -1, -2, -3}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            officialBucket.downloadToStream("ours-revisions.txt", out,
                    new com.mongodb.client.gridfs.model.GridFSDownloadOptions().revision(revision));
            assertArrayEquals(versions.get(revision >= 0 ? revision : 3 + revision), out.toByteArray(), "revision " + revision);
        }
    }

    @Test
    void filesTheOfficialDriverWritesAreReadByUs() {
        byte[] content = bytes(600_001, 2);
        ObjectId id = officialBucket.uploadFromStream("official.bin", new ByteArrayInputStream(content),
                new com.mongodb.client.gridfs.model.GridFSUploadOptions().chunkSizeBytes(100_000)
                        .metadata(new Document("camera", "x100")));
        assertArrayEquals(content, ourBucket.downloadAsBytes(new BsonObjectId(id)));
        GridFSFile file = ourBucket.find(new Document("_id", id)).first();
        assertEquals(100_000, file.getChunkSize());
        assertEquals(content.length, file.getLength());
        assertEquals("x100", file.getMetadata().getString("camera"));
    }

    @Test
    void revisionsTheOfficialDriverWritesAreOrderedTheSameByUs() throws InterruptedException {
        List<byte[]> versions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] content = bytes(500 + i, 20 + i);
            versions.add(content);
            officialBucket.uploadFromStream("official-revisions.txt", new ByteArrayInputStream(content));
            Thread.sleep(2);
        }
        for (int revision : new int[] {0, 1, 2, -1, -2, -3}) {
            assertArrayEquals(versions.get(revision >= 0 ? revision : 3 + revision),
                    ourBucket.downloadAsBytes("official-revisions.txt", new GridFSDownloadOptions().revision(revision)),
                    "revision " + revision);
        }
    }

    @Test
    void fiftyMegabytesDownloadInServerSizedBatches() {
        byte[] content = bytes(50 * 1024 * 1024, 3);
        ObjectId id = ourBucket.uploadFromBytes("fifty.bin", content);
        assertArrayEquals(content, ourBucket.downloadAsBytes(new BsonObjectId(id)));
        // for comparison only: the official driver asks for the chunks without a batch size
        String officialOutcome;
        try {
            officialDownload(id);
            officialOutcome = "succeeded";
        } catch (RuntimeException e) {
            officialOutcome = "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.println("gridfs interop: 50 MB download by this driver succeeded; by the official driver " + officialOutcome);
        ourBucket.delete(id);
    }
}
