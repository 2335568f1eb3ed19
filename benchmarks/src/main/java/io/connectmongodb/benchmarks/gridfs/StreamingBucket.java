package io.connectmongodb.benchmarks.gridfs;

import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.types.ObjectId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One driver's GridFS bucket reduced to what the streaming rows do: upload from a stream, download
 * into a stream, drop. Each side uses its own public bucket API. The official driver downloads
 * through {@code openDownloadStream(id).batchSize(32)} copied with a chunk-sized buffer, which is its
 * {@code downloadToStream} plus a batch size: without one it relies on the server to cap a reply at
 * 16 MiB, which the embedded mongo-java-server does not do (see {@code GridFsWorkload}).
 */
public interface StreamingBucket extends AutoCloseable {
    /** Chunks per reply batch asked by the official side: 32 default chunks, about 8 MiB, as connect-mongodb asks. */
    int OFFICIAL_CHUNKS_PER_BATCH = 32;

    ObjectId upload(String filename, InputStream content);

    void download(ObjectId id, OutputStream sink);

    void drop();

    @Override
    void close();

    /** {@code side}'s bucket {@code bucketName} in the benchmark database of the server at {@code uri}. */
    static StreamingBucket open(Side side, String uri, String bucketName) {
        return side == Side.OURS ? ours(uri, bucketName) : official(uri, bucketName);
    }

    private static StreamingBucket ours(String uri, String bucketName) {
        io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(uri);
        io.connectmongodb.driver.gridfs.GridFSBucket bucket = io.connectmongodb.driver.gridfs.GridFSBuckets
                .create(client.getDatabase(CannedReplies.DATABASE), bucketName);
        return new StreamingBucket() {
            @Override
            public ObjectId upload(String filename, InputStream content) {
                return bucket.uploadFromStream(filename, content);
            }

            @Override
            public void download(ObjectId id, OutputStream sink) {
                bucket.downloadToStream(id, sink);
            }

            @Override
            public void drop() {
                bucket.drop();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private static StreamingBucket official(String uri, String bucketName) {
        com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri);
        com.mongodb.client.gridfs.GridFSBucket bucket = com.mongodb.client.gridfs.GridFSBuckets
                .create(client.getDatabase(CannedReplies.DATABASE), bucketName);
        return new StreamingBucket() {
            @Override
            public ObjectId upload(String filename, InputStream content) {
                return bucket.uploadFromStream(filename, content);
            }

            @Override
            public void download(ObjectId id, OutputStream sink) {
                try (com.mongodb.client.gridfs.GridFSDownloadStream in = bucket.openDownloadStream(id)
                        .batchSize(OFFICIAL_CHUNKS_PER_BATCH)) {
                    byte[] buffer = new byte[in.getGridFSFile().getChunkSize()];
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        sink.write(buffer, 0, read);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void drop() {
                bucket.drop();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
