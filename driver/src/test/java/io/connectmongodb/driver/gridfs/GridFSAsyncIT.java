package io.connectmongodb.driver.gridfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.error.GridFSFileNotFoundException;
import io.connectmongodb.driver.error.MongoBackpressureException;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.testsupport.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** The GridFS async twins on the client's bounded async pool: results, typed errors, back-pressure and close. */
class GridFSAsyncIT {
    private static final long WAIT_SECONDS = 30;

    private static MongoClient client(int workers, int queue) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestServer.shared().uri()))
                .maxAsyncWorkers(workers)
                .asyncQueueSize(queue)
                .build());
    }

    private static GridFSBucket bucket(MongoClient client) {
        GridFSBucket bucket = GridFSBuckets.create(client.getDatabase("it_gridfs_async_" + Long.toHexString(System.nanoTime())),
                "docs").withChunkSizeBytes(5);
        return bucket;
    }

    @Test
    void everyOperationHasAnAsyncTwin() throws Exception {
        try (MongoClient client = client(4, 100)) {
            GridFSBucket bucket = bucket(client);
            byte[] content = "hello async gridfs".getBytes();
            ObjectId fromBytes = bucket.uploadFromBytesAsync("a.txt", content).get(WAIT_SECONDS, TimeUnit.SECONDS);
            ObjectId fromStream = bucket.uploadFromStreamAsync("b.txt", new ByteArrayInputStream(content),
                    new GridFSUploadOptions().metadata(new Document("kind", "note"))).get(WAIT_SECONDS, TimeUnit.SECONDS);
            bucket.uploadFromStreamAsync(new BsonString("own-id"), "c.txt", new ByteArrayInputStream(new byte[] {1, 2, 3}),
                    new GridFSUploadOptions()).get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertArrayEquals(content, bucket.downloadAsBytesAsync(new BsonObjectId(fromBytes)).get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertArrayEquals(content, bucket.downloadAsBytesAsync("b.txt", new GridFSDownloadOptions())
                    .get(WAIT_SECONDS, TimeUnit.SECONDS));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GridFSFile file = bucket.downloadToStreamAsync(fromStream, out).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertArrayEquals(content, out.toByteArray());
            assertEquals("note", file.getMetadata().getString("kind"));

            List<GridFSFile> all = bucket.find().sort(new Document("filename", 1)).intoAsync(new ArrayList<GridFSFile>())
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), all.stream().map(GridFSFile::getFilename).toList());
            assertEquals("c.txt", bucket.find(new Document("_id", "own-id")).firstAsync()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS).getFilename());

            bucket.renameAsync(fromBytes, "renamed.txt").get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals("renamed.txt", bucket.find(new Document("_id", fromBytes)).first().getFilename());
            bucket.deleteAsync(fromBytes).get(WAIT_SECONDS, TimeUnit.SECONDS);
            ExecutionException missing = assertThrows(ExecutionException.class,
                    () -> bucket.deleteAsync(fromBytes).get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(GridFSFileNotFoundException.class, missing.getCause());
            ExecutionException badArgument = assertThrows(ExecutionException.class,
                    () -> bucket.uploadFromBytesAsync(null, content).get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(IllegalArgumentException.class, badArgument.getCause());

            bucket.dropAsync().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNull(bucket.find().firstAsync().get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    /** A source that blocks its reader until released, so a worker stays busy as long as the test wants. */
    private static InputStream blockingSource(CountDownLatch reading, CountDownLatch release) {
        return new InputStream() {
            @Override
            public int read() {
                reading.countDown();
                try {
                    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    return -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
        };
    }

    @Test
    void sharesTheClientsBoundedPoolAndCloseBehaviour() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MongoClient client = client(1, 0);
        CompletableFuture<ObjectId> busy;
        try {
            GridFSBucket bucket = bucket(client);
            busy = bucket.uploadFromStreamAsync("slow.bin", blockingSource(reading, release));
            assertTrue(reading.await(WAIT_SECONDS, TimeUnit.SECONDS), "the only worker is reading the source");
            CompletableFuture<byte[]> refused = bucket.downloadAsBytesAsync("slow.bin", new GridFSDownloadOptions());
            assertTrue(refused.isCompletedExceptionally(), "refused at once: one worker, no queue");
            ExecutionException error = assertThrows(ExecutionException.class, refused::get);
            assertInstanceOf(MongoBackpressureException.class, error.getCause());
        } finally {
            client.close();
            release.countDown();
        }
        ExecutionException closed = assertThrows(ExecutionException.class, () -> busy.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(MongoClientClosedException.class, closed.getCause());
        CompletableFuture<Void> afterClose = bucket(client).dropAsync();
        assertInstanceOf(MongoClientClosedException.class,
                assertThrows(ExecutionException.class, () -> afterClose.get(WAIT_SECONDS, TimeUnit.SECONDS)).getCause());
    }

    @Test
    void cancelledBeforeItStartsNothingRuns() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (MongoClient client = client(1, 5)) {
            GridFSBucket bucket = bucket(client);
            ObjectId kept = bucket.uploadFromBytes("kept.txt", new byte[] {7});
            CompletableFuture<ObjectId> busy = bucket.uploadFromStreamAsync("slow.bin", blockingSource(reading, release));
            assertTrue(reading.await(WAIT_SECONDS, TimeUnit.SECONDS));
            CompletableFuture<Void> delete = bucket.deleteAsync(kept);
            assertTrue(delete.cancel(false));
            release.countDown();
            busy.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertArrayEquals(new byte[] {7}, bucket.downloadAsBytes(new BsonObjectId(kept)), "the cancelled delete never ran");
        } finally {
            release.countDown();
        }
    }
}
