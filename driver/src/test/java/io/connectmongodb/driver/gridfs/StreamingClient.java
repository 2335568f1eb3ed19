package io.connectmongodb.driver.gridfs;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bson.types.ObjectId;

/**
 * The client half of the constant-memory tests, run in its own JVM with a small {@code -Xmx} so
 * that buffering a whole file would fail with OutOfMemoryError. It uploads a generated stream of
 * the given size (never held in memory), downloads it into a SHA-256 digest, compares the digests,
 * and samples the heap in use after a GC every 16 MB. Prints {@code RESULT ok ...} and exits 0
 * when the bytes match.
 */
public final class StreamingClient {
    private static final long SAMPLE_EVERY = 16L * 1024 * 1024;

    private StreamingClient() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        long size = Long.parseLong(args[1]) * 1024 * 1024;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long[] maxUsed = {baseline};
        long[] nextSample = {SAMPLE_EVERY};
        GridFSProgressListener sampler = (done, total) -> {
            if (done >= nextSample[0]) {
                nextSample[0] += SAMPLE_EVERY;
                System.gc();
                maxUsed[0] = Math.max(maxUsed[0], memory.getHeapMemoryUsage().getUsed());
            }
        };
        try (MongoClient client = MongoClients.create(uri)) {
            GridFSBucket bucket = GridFSBuckets.create(client.getDatabase("streaming_" + Long.toHexString(System.nanoTime())));
            GeneratedStream source = new GeneratedStream(size, 42);
            ObjectId id = bucket.uploadFromStream("big.bin", source, new GridFSUploadOptions().progressListener(sampler));
            nextSample[0] = SAMPLE_EVERY;
            DigestingStream sink = new DigestingStream();
            GridFSFile file = bucket.downloadToStream(new org.bson.BsonObjectId(id), sink, sampler);
            boolean same = Arrays.equals(source.digest(), sink.digest()) && sink.count == size && file.getLength() == size;
            bucket.drop();
            System.out.println("RESULT " + (same ? "ok" : "MISMATCH") + " bytes=" + size + " baselineHeapMB=" + baseline / 1048576
                    + " maxHeapUsedAfterGcMB=" + maxUsed[0] / 1048576 + " maxHeapMB=" + memory.getHeapMemoryUsage().getMax() / 1048576
                    + " sha256=" + HexFormat.of().formatHex(sink.digest()));
            System.exit(same ? 0 : 1);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deterministic pseudo-random bytes, digested as they are handed out. */
    static final class GeneratedStream extends InputStream {
        private final SplittableRandom random;
        private final MessageDigest digest = sha256();
        private long remaining;
        private byte[] digestValue;

        GeneratedStream(long size, long seed) {
            this.remaining = size;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            for (int i = 0; i < count; i++) {
                target[offset + i] = (byte) random.nextInt(256);
            }
            digest.update(target, offset, count);
            remaining -= count;
            return count;
        }

        byte[] digest() {
            if (digestValue == null) {
                digestValue = digest.digest();
            }
            return digestValue;
        }
    }

    /** Counts and digests what is written, keeping nothing. */
    static final class DigestingStream extends OutputStream {
        private final MessageDigest digest = sha256();
        private long count;
        private byte[] digestValue;

        @Override
        public void write(int b) {
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            digest.update(source, offset, length);
            count += length;
        }

        byte[] digest() {
            if (digestValue == null) {
                digestValue = digest.digest();
            }
            return digestValue;
        }
    }
}
