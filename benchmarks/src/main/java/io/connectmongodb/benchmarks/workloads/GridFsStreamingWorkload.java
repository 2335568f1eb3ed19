package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.gridfs.CheckingSink;
import io.connectmongodb.benchmarks.gridfs.HeapBoundProbe;
import io.connectmongodb.benchmarks.gridfs.RepeatingContent;
import io.connectmongodb.benchmarks.gridfs.StreamingBucket;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.RunMode;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GridFS streaming with a heap bound: upload or download of one large file (1 GB in full mode, a
 * smaller size in quick mode, named so) against the embedded server running in a child JVM, so this
 * JVM's heap holds only the driver's working set. The content is {@link RepeatingContent}, read from
 * a stream and never held; downloads go to a counting {@link CheckingSink}. One operation per round,
 * one warm-up round.
 *
 * <p>The heap bound: before its rounds, each side runs the same transfer once in a grand-child JVM
 * capped at {@link HeapBoundProbe#MAX_HEAP} (see {@link HeapBoundProbe}). A side that cannot stays
 * out of the rounds with the probe's failure in its column (so the GridFS target is missed when it
 * is ours); the probes' outcomes are the row's note.
 */
public final class GridFsStreamingWorkload implements Workload {
    public static final int FULL_MEGABYTES = 1024;
    public static final int QUICK_MEGABYTES = 64;
    private final boolean upload;
    private final int megabytes;
    private final List<String> probeOutcomes = new ArrayList<>();

    public GridFsStreamingWorkload(boolean upload, RunMode mode) {
        this.upload = upload;
        this.megabytes = mode == RunMode.FULL ? FULL_MEGABYTES : QUICK_MEGABYTES;
    }

    /**
     * Heap of the child JVM hosting the server: the download row keeps one file per side, plus the
     * file an upload round is writing, so about three times the size, with room to spare.
     */
    public static String serverHeap(RunMode mode) {
        return mode == RunMode.FULL ? "4g" : "1g";
    }

    @Override
    public String name() {
        String size = megabytes == FULL_MEGABYTES ? "1 GB" : megabytes + " MB";
        return "GridFS " + size + " streaming " + (upload ? "upload" : "download") + " (heap bound"
                + (megabytes == FULL_MEGABYTES ? ")" : "; quick mode, full mode streams 1 GB)");
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.EMBEDDED_CHILD;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 1;
    }

    @Override
    public int opsPerRound(BenchServer server, RunMode mode) {
        return 1; // the size, not the count, grows in full mode
    }

    /** One unmeasured transfer per side is warm-up enough for a transfer this long, and keeps the full run short. */
    @Override
    public int warmupRounds(RunMode mode) {
        return 1;
    }

    @Override
    public String note() {
        return probeOutcomes.isEmpty() ? null : "heap bound: " + String.join("; ", probeOutcomes);
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) throws Exception {
        HeapBoundProbe.Outcome probe = HeapBoundProbe.run(participant.side(), server.connectionString(), megabytes, upload);
        probeOutcomes.add(participant.label() + " " + probe.detail());
        if (!probe.passed()) {
            throw new IllegalStateException("heap bound not kept: " + probe.detail());
        }
        long bytes = (long) megabytes * 1024 * 1024;
        String bucketName = "bench_stream_" + participant.name().toLowerCase(Locale.ROOT) + (upload ? "_up" : "_down");
        StreamingBucket bucket = StreamingBucket.open(participant.side(), server.connectionString(), bucketName);
        bucket.drop();
        ObjectId stored = upload ? null : bucket.upload("download.bin", new RepeatingContent(bytes));
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    if (upload) {
                        bucket.upload("upload.bin", new RepeatingContent(bytes));
                    } else {
                        CheckingSink sink = new CheckingSink(false);
                        bucket.download(stored, sink);
                        sink.expect(bytes);
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
