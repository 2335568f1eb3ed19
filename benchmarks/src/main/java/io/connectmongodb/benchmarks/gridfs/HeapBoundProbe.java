package io.connectmongodb.benchmarks.gridfs;

import io.connectmongodb.benchmarks.drivers.Side;
import io.connectmongodb.benchmarks.process.ChildJvm;
import org.bson.types.ObjectId;

import java.io.IOException;
import java.util.Locale;

/**
 * The heap bound of a GridFS streaming row, proven rather than estimated: one side's driver runs
 * the transfer in a child JVM whose heap is capped at {@link #MAX_HEAP}, far below the file size.
 * The child uploads {@link RepeatingContent} of the given size (and for a download probe, then
 * downloads it into a checksumming {@link CheckingSink}), prints {@code PASSED <seconds>} and exits;
 * an {@code OutOfMemoryError} or any failure makes it exit non-zero. Run as a main class:
 * {@code HeapBoundProbe OURS|OFFICIAL URI MEGABYTES upload|download}.
 */
public final class HeapBoundProbe {
    public static final String MAX_HEAP = "64m";
    private static final String PASSED = "PASSED ";
    private static final long TIMEOUT_SECONDS = 600;

    private HeapBoundProbe() {
    }

    /** The outcome of one probe: passed or not, and what to print. */
    public record Outcome(boolean passed, String detail) {
    }

    /** Runs the probe for {@code side} in a child JVM and waits for it (bounded). */
    public static Outcome run(Side side, String uri, int megabytes, boolean upload) throws IOException, InterruptedException {
        String what = (upload ? "upload" : "upload + download") + " of " + megabytes + " MB in a child JVM with -Xmx" + MAX_HEAP;
        try (ChildJvm child = ChildJvm.start(MAX_HEAP, HeapBoundProbe.class, side.name(), uri,
                Integer.toString(megabytes), upload ? "upload" : "download")) {
            try {
                String seconds = child.awaitLine(PASSED, TIMEOUT_SECONDS);
                int exit = child.waitFor(30);
                if (exit != 0) {
                    return new Outcome(false, what + ": exit code " + exit);
                }
                return new Outcome(true, what + ": passed (" + seconds + " s)");
            } catch (IOException e) {
                return new Outcome(false, what + ": failed: " + e.getMessage());
            }
        }
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: HeapBoundProbe OURS|OFFICIAL URI MEGABYTES upload|download");
        }
        Side side = Side.valueOf(args[0]);
        long bytes = Long.parseLong(args[2]) * 1024 * 1024;
        boolean download = args[3].equals("download");
        long start = System.nanoTime();
        try (StreamingBucket bucket = StreamingBucket.open(side, args[1], "heap_probe_" + side.name().toLowerCase(Locale.ROOT))) {
            bucket.drop();
            ObjectId id = bucket.upload("probe.bin", new RepeatingContent(bytes));
            if (download) {
                CheckingSink sink = new CheckingSink(true);
                bucket.download(id, sink);
                sink.expect(bytes);
            }
            bucket.drop();
        } catch (Throwable e) {
            System.err.println("heap-bound probe of " + side + " failed: " + e);
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "%s%.1f%n", PASSED, (System.nanoTime() - start) / 1e9);
        System.out.flush();
        System.exit(0);
    }
}
