package io.connectmongodb.driver.gridfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.GridFSCorruptFileException;
import io.connectmongodb.driver.error.GridFSFileNotFoundException;
import io.connectmongodb.testsupport.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every GridFS bucket operation against the test server. */
class GridFSBucketIT {
    private static MongoClient client;
    private static MongoDatabase database;
    private GridFSBucket bucket;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestServer.shared().uri());
        database = client.getDatabase("it_gridfs_" + Long.toHexString(System.nanoTime()));
    }

    @AfterAll
    static void cleanUp() {
        database.drop();
        client.close();
    }

    @BeforeEach
    void freshBucket() {
        bucket = GridFSBuckets.create(database, "photos").withChunkSizeBytes(4);
        bucket.drop();
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void defaultsFollowTheSpec() {
        GridFSBucket defaults = GridFSBuckets.create(database);
        assertEquals("fs", defaults.getBucketName());
        assertEquals(255 * 1024, defaults.getChunkSizeBytes());
        assertThrows(IllegalArgumentException.class, () -> GridFSBuckets.create(database, ""));
        assertThrows(IllegalArgumentException.class, () -> defaults.withChunkSizeBytes(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.uploadFromBytes(null, new byte[1]));
    }

    @Test
    void uploadFromBytesStoresChunksAndFilesDocumentAndCreatesIndexes() {
        byte[] content = randomBytes(10, 1);
        ObjectId id = bucket.uploadFromBytes("a.bin", content);
        MongoCollection<BsonDocument> chunks = database.getCollection("photos.chunks", BsonDocument.class);
        List<BsonDocument> stored = chunks.find(new BsonDocument("files_id", new org.bson.BsonObjectId(id)))
                .sort(new BsonDocument("n", new BsonInt32(1))).into(new ArrayList<>());
        assertEquals(3, stored.size());
        assertEquals(4, stored.get(0).getBinary("data").getData().length);
        assertEquals(2, stored.get(2).getBinary("data").getData().length);
        GridFSFile file = bucket.find(new Document("_id", id)).first();
        assertEquals(10, file.getLength());
        assertEquals(4, file.getChunkSize());
        assertEquals("a.bin", file.getFilename());
        assertTrue(file.getUploadDate() != null);
        assertArrayEquals(content, bucket.downloadAsBytes(file.getId()));

        List<Object> filesIndexKeys = keysOf(database.getCollection("photos.files"));
        List<Object> chunksIndexKeys = keysOf(database.getCollection("photos.chunks"));
        assertTrue(filesIndexKeys.contains(new Document("filename", 1).append("uploadDate", 1)), filesIndexKeys.toString());
        assertTrue(chunksIndexKeys.contains(new Document("files_id", 1).append("n", 1)), chunksIndexKeys.toString());
    }

    private static List<Object> keysOf(MongoCollection<Document> collection) {
        List<Object> keys = new ArrayList<>();
        for (Document index : collection.listIndexes()) {
            keys.add(index.get("key"));
        }
        return keys;
    }

    @Test
    void uploadStreamWithMetadataContentTypeAndCustomId() {
        BsonString id = new BsonString("avatar-42");
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("owner", "ada"))
                .contentType("image/png").chunkSizeBytes(3);
        try (GridFSUploadStream upload = bucket.openUploadStream(id, "avatar.png", options)) {
            upload.write(new byte[] {1, 2});
            upload.write(3);
            upload.write(new byte[] {4, 5, 6, 7}, 1, 3);
        }
        GridFSFile file = bucket.find(new Document("metadata.owner", "ada")).first();
        assertEquals(id, file.getId());
        assertEquals("image/png", file.getContentType());
        assertEquals("ada", file.getMetadata().getString("owner"));
        assertEquals(3, file.getChunkSize());
        assertArrayEquals(new byte[] {1, 2, 3, 5, 6, 7}, bucket.downloadAsBytes(id));
        assertThrows(IllegalStateException.class, file::getObjectId);
    }

    @Test
    void uploadFromInputStreamAndDownloadToOutputStreamWithProgress() {
        byte[] content = randomBytes(1000, 2);
        List<long[]> uploadProgress = new ArrayList<>();
        ObjectId id = bucket.withChunkSizeBytes(100).uploadFromStream("stream.bin", new ByteArrayInputStream(content),
                new GridFSUploadOptions().progressListener((done, total) -> uploadProgress.add(new long[] {done, total})));
        assertEquals(1000, uploadProgress.get(uploadProgress.size() - 1)[0]);
        assertEquals(-1, uploadProgress.get(0)[1]);
        List<long[]> downloadProgress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GridFSFile file = bucket.downloadToStream(new org.bson.BsonObjectId(id), out,
                (done, total) -> downloadProgress.add(new long[] {done, total}));
        assertArrayEquals(content, out.toByteArray());
        assertEquals(1000, file.getLength());
        assertEquals(10, downloadProgress.size());
        for (int i = 0; i < downloadProgress.size(); i++) {
            assertEquals((i + 1) * 100L, downloadProgress.get(i)[0]);
            assertEquals(1000, downloadProgress.get(i)[1]);
        }
    }

    @Test
    void downloadStreamReadsLazilyAndSkips() {
        byte[] content = randomBytes(50, 3);
        ObjectId id = bucket.uploadFromBytes("skip.bin", content);
        try (GridFSDownloadStream in = bucket.openDownloadStream(id)) {
            assertEquals(50, in.getGridFSFile().getLength());
            assertEquals(content[0] & 0xFF, in.read());
            assertEquals(2, in.skip(2));
            assertEquals(content[3] & 0xFF, in.read());
            assertEquals(30, in.skip(30));
            byte[] rest = new byte[100];
            int total = 0;
            int read;
            while ((read = in.read(rest, total, rest.length - total)) > 0) {
                total += read;
            }
            assertEquals(16, total);
            for (int i = 0; i < 16; i++) {
                assertEquals(content[34 + i], rest[i]);
            }
            assertEquals(0, in.skip(5));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void revisionsByFilename() {
        for (int i = 0; i < 3; i++) {
            bucket.uploadFromBytes("doc.txt", ("v" + i).getBytes());
            sleepOneMilli();
        }
        assertEquals("v2", new String(bucket.downloadAsBytes("doc.txt", new GridFSDownloadOptions())));
        assertEquals("v0", new String(bucket.downloadAsBytes("doc.txt", new GridFSDownloadOptions().revision(0))));
        assertEquals("v1", new String(bucket.downloadAsBytes("doc.txt", new GridFSDownloadOptions().revision(1))));
        assertEquals("v1", new String(bucket.downloadAsBytes("doc.txt", new GridFSDownloadOptions().revision(-2))));
        assertEquals("v0", new String(bucket.downloadAsBytes("doc.txt", new GridFSDownloadOptions().revision(-3))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream("doc.txt", out, new GridFSDownloadOptions().revision(2));
        assertEquals("v2", out.toString());
        assertThrows(GridFSFileNotFoundException.class,
                () -> bucket.openDownloadStream("doc.txt", new GridFSDownloadOptions().revision(3)));
        assertThrows(GridFSFileNotFoundException.class, () -> bucket.openDownloadStream("missing.txt"));
    }

    private static void sleepOneMilli() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void findWithFilterSortSkipLimit() {
        for (int i = 0; i < 5; i++) {
            bucket.uploadFromBytes("f" + i, new byte[i], new GridFSUploadOptions().metadata(new Document("i", i)));
        }
        List<String> names = new ArrayList<>();
        bucket.find(new Document("length", new Document("$gte", 1))).sort(new Document("filename", -1)).skip(1).limit(2)
                .forEach(file -> names.add(file.getFilename()));
        assertEquals(List.of("f3", "f2"), names);
        assertEquals(5, bucket.find().batchSize(2).into(new ArrayList<>()).size());
        assertNull(bucket.find(new Document("filename", "none")).first());
    }

    @Test
    void deleteRemovesFilesDocumentAndChunks() {
        ObjectId id = bucket.uploadFromBytes("gone", randomBytes(9, 4));
        bucket.delete(id);
        assertNull(bucket.find(new Document("_id", id)).first());
        assertEquals(0, database.getCollection("photos.chunks").countDocuments(new Document("files_id", id)));
        assertThrows(GridFSFileNotFoundException.class, () -> bucket.delete(id));
        assertThrows(GridFSFileNotFoundException.class, () -> bucket.openDownloadStream(id));
    }

    @Test
    void deleteByNameAndRenameByName() {
        bucket.uploadFromBytes("x", new byte[5]);
        bucket.uploadFromBytes("x", new byte[6]);
        bucket.renameByName("x", "y");
        assertEquals(2, bucket.find(new Document("filename", "y")).into(new ArrayList<>()).size());
        bucket.deleteByName("y");
        assertEquals(0, database.getCollection("photos.chunks").countDocuments());
        assertThrows(GridFSFileNotFoundException.class, () -> bucket.deleteByName("y"));
        assertThrows(GridFSFileNotFoundException.class, () -> bucket.renameByName("y", "z"));
    }

    @Test
    void renameById() {
        ObjectId id = bucket.uploadFromBytes("old", new byte[1]);
        bucket.rename(id, "new");
        assertEquals("new", bucket.find(new Document("_id", id)).first().getFilename());
        assertThrows(GridFSFileNotFoundException.class, () -> bucket.rename(new ObjectId(), "other"));
    }

    @Test
    void dropRemovesBothCollections() {
        bucket.uploadFromBytes("d", new byte[3]);
        bucket.drop();
        List<String> names = database.listCollectionNames().into(new ArrayList<>());
        assertTrue(!names.contains("photos.files") && !names.contains("photos.chunks"), names.toString());
        bucket.uploadFromBytes("again", new byte[3]);
        assertTrue(keysOf(database.getCollection("photos.chunks")).contains(new Document("files_id", 1).append("n", 1)));
    }

    @Test
    void abortDeletesWrittenChunks() {
        GridFSUploadStream upload = bucket.openUploadStream("aborted");
        upload.write(randomBytes(40, 5));
        upload.abort();
        assertEquals(0, database.getCollection("photos.chunks").countDocuments(new Document("files_id", upload.getId())));
        assertNull(bucket.find(new Document("filename", "aborted")).first());
        assertThrows(IllegalStateException.class, () -> upload.write(1));
    }

    @Test
    void corruptFilesAreReportedTyped() {
        MongoCollection<Document> chunks = database.getCollection("photos.chunks");
        ObjectId missing = bucket.uploadFromBytes("missing", randomBytes(12, 6));
        chunks.deleteOne(new Document("files_id", missing).append("n", 1));
        assertThrows(GridFSCorruptFileException.class, () -> bucket.downloadAsBytes(new org.bson.BsonObjectId(missing)));

        ObjectId wrongSize = bucket.uploadFromBytes("wrong", randomBytes(12, 7));
        chunks.updateOne(new Document("files_id", wrongSize).append("n", 0),
                new Document("$set", new Document("data", new BsonBinary(new byte[3]))));
        assertThrows(GridFSCorruptFileException.class, () -> bucket.downloadAsBytes(new org.bson.BsonObjectId(wrongSize)));

        ObjectId extra = bucket.uploadFromBytes("extra", randomBytes(8, 8));
        chunks.insertOne(new Document("files_id", extra).append("n", 2).append("data", new BsonBinary(new byte[4])));
        assertThrows(GridFSCorruptFileException.class, () -> bucket.downloadAsBytes(new org.bson.BsonObjectId(extra)));

        ObjectId lastMissing = bucket.uploadFromBytes("last", randomBytes(8, 9));
        chunks.deleteOne(new Document("files_id", lastMissing).append("n", 1));
        assertThrows(GridFSCorruptFileException.class, () -> bucket.downloadAsBytes(new org.bson.BsonObjectId(lastMissing)));
    }

    @Test
    void writeConcernIsSentWithWrites() {
        GridFSBucket acknowledged = bucket.withWriteConcern(WriteConcern.ACKNOWLEDGED);
        ObjectId id = acknowledged.uploadFromBytes("wc", new byte[2]);
        acknowledged.delete(id);
        assertEquals(WriteConcern.ACKNOWLEDGED, acknowledged.getWriteConcern());
    }
}
