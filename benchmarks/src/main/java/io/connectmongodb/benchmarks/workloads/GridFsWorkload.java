package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.gridfs.CheckingSink;
import io.connectmongodb.benchmarks.gridfs.StreamingBucket;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Random;

/**
 * GridFS upload or download of one {@value #MEGABYTES} MB file (driver benchmark spec "GridFS upload
 * / download", embedded server), with each driver's own bucket API and default 255 KiB chunks:
 * upload is {@code uploadFromStream} of a byte-array stream (the files are deleted after each round,
 * unmeasured); download is {@code downloadToStream} of a file each side uploaded once beforehand into
 * an output stream that counts and discards. The official driver downloads with an explicit batch
 * size ({@link StreamingBucket}): its {@code downloadToStream} asks for chunks without one and relies
 * on the server to cap a reply at 16 MiB, as mongod does; the embedded mongo-java-server 1.47 returns
 * all 200 chunks in one 52,442,263-byte reply, which the official driver rightly rejects
 * ({@code MongoInternalException: The reply message length 52442263 is greater than the maximum
 * message length 48000000}, wrapped in {@code MongoGridFSException: Unexpected Exception when reading
 * GridFS and writing to the Stream}). The content is seeded pseudo-random bytes (the spec's file is
 * not in the data archives here), so nothing compresses or deduplicates.
 */
public final class GridFsWorkload implements Workload {
    static final int MEGABYTES = 50;
    private static final String BUCKET = "bench_gridfs";
    private final boolean upload;
    private final byte[] content;

    public GridFsWorkload(boolean upload) {
        this.upload = upload;
        content = new byte[MEGABYTES * 1024 * 1024];
        new Random(50).nextBytes(content);
    }

    @Override
    public String name() {
        return "GridFS " + (upload ? "upload " : "download ") + MEGABYTES + " MB";
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
        String bucketName = BUCKET + "_" + participant.name().toLowerCase(Locale.ROOT) + (upload ? "_up" : "_down");
        StreamingBucket bucket = StreamingBucket.open(participant.side(), server.connectionString(), bucketName);
        bucket.drop();
        ObjectId stored = upload ? null : bucket.upload("download.bin", new ByteArrayInputStream(content));
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    if (upload) {
                        bucket.upload("upload.bin", new ByteArrayInputStream(content));
                    } else {
                        CheckingSink sink = new CheckingSink(false);
                        bucket.download(stored, sink);
                        sink.expect(content.length);
                    }
                }
            }

            @Override
            public void afterRound() {
                if (upload) {
                    bucket.drop();
                }
            }

            @Override
            public void close() {
                bucket.drop();
                bucket.close();
            }
        };
    }
}
