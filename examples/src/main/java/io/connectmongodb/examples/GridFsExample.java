package io.connectmongodb.examples;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.gridfs.GridFSBucket;
import io.connectmongodb.driver.gridfs.GridFSBuckets;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.gridfs.GridFSProgressListener;
import io.connectmongodb.driver.gridfs.GridFSUploadOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * GridFS: a profile picture stored with metadata and read back, then a large file streamed up and
 * down chunk by chunk with a progress bar, never held in memory.
 */
public final class GridFsExample {
    private static final int LARGE_FILE_MB = 32;

    private GridFsExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== GridFS");
        try (MongoClient client = MongoClients.create(uri)) {
            GridFSBucket pictures = GridFSBuckets.create(client.getDatabase("gridfs_example"), "pictures");
            pictures.drop();
            profilePicture(pictures);
            largeFileWithProgress(GridFSBuckets.create(client.getDatabase("gridfs_example"), "videos"));
        }
    }

    private static void profilePicture(GridFSBucket pictures) {
        byte[] png = fakePng();
        ObjectId id = pictures.uploadFromBytes("alice.png", png, new GridFSUploadOptions()
                .contentType("image/png")
                .metadata(new Document("userId", "alice").append("width", 64).append("height", 64)));
        System.out.println("uploaded profile picture " + id + " (" + png.length + " bytes)");

        GridFSFile stored = pictures.find(new Document("metadata.userId", "alice")).first();
        System.out.println("found " + stored.getFilename() + ", " + stored.getContentType() + ", "
                + stored.getMetadata().getInteger("width") + "x" + stored.getMetadata().getInteger("height"));
        byte[] downloaded = pictures.downloadAsBytes(stored.getId());
        System.out.println("downloaded " + downloaded.length + " bytes, identical: " + Arrays.equals(png, downloaded));

        pictures.uploadFromBytes("alice.png", Arrays.copyOf(png, png.length + 10), new GridFSUploadOptions().contentType("image/png"));
        System.out.println("revisions of alice.png: " + pictures.find(new Document("filename", "alice.png")).into(new java.util.ArrayList<>()).size());
    }

    private static void largeFileWithProgress(GridFSBucket videos) {
        videos.drop();
        long size = LARGE_FILE_MB * 1024L * 1024L;
        ObjectId id = videos.uploadFromStream("holiday.mp4", new PatternStream(size),
                new GridFSUploadOptions().progressListener(new ProgressBar("upload  ", size)));
        CountingSink sink = new CountingSink();
        videos.downloadToStream(new BsonObjectId(id), sink, new ProgressBar("download", size));
        System.out.println("streamed " + sink.count / (1024 * 1024) + " MB back; content as expected: " + sink.matches);
        videos.delete(id);
    }

    /** Prints a console progress bar as {@code [#####.....] 50%}, one line per 10 %. */
    private static final class ProgressBar implements GridFSProgressListener {
        private final String label;
        private final long knownTotal;
        private int printedTenths = -1;

        ProgressBar(String label, long knownTotal) {
            this.label = label;
            this.knownTotal = knownTotal;
        }

        @Override
        public void onProgress(long bytesDone, long totalBytes) {
            long total = totalBytes > 0 ? totalBytes : knownTotal;
            int tenths = (int) Math.min(10, bytesDone * 10 / Math.max(1, total));
            if (tenths > printedTenths) {
                printedTenths = tenths;
                System.out.println(label + " [" + "#".repeat(tenths) + ".".repeat(10 - tenths) + "] " + tenths * 10 + "%  "
                        + bytesDone / (1024 * 1024) + " MB");
            }
        }
    }

    private static byte[] fakePng() {
        byte[] image = new byte[3000];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, image, 0, signature.length);
        for (int i = signature.length; i < image.length; i++) {
            image[i] = (byte) (i * 31);
        }
        return image;
    }

    /** A large file generated on the fly: byte i is (i mod 251). */
    private static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ % 251) : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                target[offset + i] = (byte) (position++ % 251);
            }
            return count;
        }
    }

    /** Checks the pattern as it arrives and keeps nothing. */
    private static final class CountingSink extends OutputStream {
        private long count;
        private boolean matches = true;

        @Override
        public void write(int b) {
            matches &= (byte) b == (byte) (count++ % 251);
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            for (int i = 0; i < length; i++) {
                write(source[offset + i]);
            }
        }
    }
}
