package io.connectmongodb.benchmarks.workloads;

import com.mongodb.client.MongoClients;
import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Random;

/**
 * GridFS upload or download of one {@value #MEGABYTES} MB file (driver benchmark spec "GridFS upload
 * / download", embedded server), with each driver's own bucket API and default 255 KiB chunks:
 * upload is {@code uploadFromStream} of a byte-array stream (the files are deleted after each round,
 * unmeasured); download is {@code downloadToStream} of a file each side uploaded once beforehand into
 * an output stream that counts and discards. The content is seeded pseudo-random bytes (the spec's
 * file is not in the data archives here), so nothing compresses or deduplicates.
 */
public final class GridFsWorkload implements Workload {
    static final int MEGABYTES = 50;
    private static final String BUCKET = "bench_gridfs";
    private final boolean upload;
    private final boolean oursOnly;
    private final byte[] content;

    /**
     * {@code oursOnly} measures connect-mongodb alone (the official driver's 50 MB download fails on
     * the embedded server). Not in the catalog: the report writer needs both sides' summaries.
     */
    public GridFsWorkload(boolean upload, boolean oursOnly) {
        this.upload = upload;
        this.oursOnly = oursOnly;
        content = new byte[MEGABYTES * 1024 * 1024];
        new Random(50).nextBytes(content);
    }

    @Override
    public String name() {
        return "GridFS " + (upload ? "upload " : "download ") + MEGABYTES + " MB" + (oursOnly ? " (ours only)" : "");
    }

    @Override
    public java.util.List<Participant> participants(BenchServer server) {
        return oursOnly ? java.util.List.of(Participant.OURS) : Workload.super.participants(server);
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.EMBEDDED;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 1;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        String bucketName = BUCKET + "_" + participant.name().toLowerCase(java.util.Locale.ROOT) + (upload ? "_up" : "_down");
        if (participant.side() == Side.OURS) {
            io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
            io.connectmongodb.driver.gridfs.GridFSBucket bucket = io.connectmongodb.driver.gridfs.GridFSBuckets
                    .create(client.getDatabase(CannedReplies.DATABASE), bucketName);
            bucket.drop();
            ObjectId stored = upload ? null : bucket.uploadFromStream("download.bin", new ByteArrayInputStream(content));
            return task(client::close, bucket::drop, () -> {
                if (upload) {
                    bucket.uploadFromStream("upload.bin", new ByteArrayInputStream(content));
                } else {
                    CountingSink sink = new CountingSink();
                    bucket.downloadToStream(stored, sink);
                    sink.expect(content.length);
                }
            });
        }
        com.mongodb.client.MongoClient client = MongoClients.create(server.connectionString());
        com.mongodb.client.gridfs.GridFSBucket bucket = com.mongodb.client.gridfs.GridFSBuckets
                .create(client.getDatabase(CannedReplies.DATABASE), bucketName);
        bucket.drop();
        ObjectId stored = upload ? null : bucket.uploadFromStream("download.bin", new ByteArrayInputStream(content));
        return task(client::close, bucket::drop, () -> {
            if (upload) {
                bucket.uploadFromStream("upload.bin", new ByteArrayInputStream(content));
            } else {
                CountingSink sink = new CountingSink();
                bucket.downloadToStream(stored, sink);
                sink.expect(content.length);
            }
        });
    }

    private RoundTask task(Runnable closeClient, Runnable dropBucket, Runnable operation) {
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    operation.run();
                }
            }

            @Override
            public void afterRound() {
                if (upload) {
                    dropBucket.run();
                }
            }

            @Override
            public void close() {
                dropBucket.run();
                closeClient.run();
            }
        };
    }

    /** Counts what is written and keeps nothing. */
    static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        void expect(long expected) {
            if (count != expected) {
                throw new IllegalStateException("GridFS download returned " + count + " bytes, expected " + expected);
            }
        }
    }
}
