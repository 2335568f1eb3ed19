package io.connectmongodb.compression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code single_and_multi_document/tweet.json} straight out of the benchmark spec archive
 * (in place, nothing is extracted to disk): a tar stream is 512-byte headers, each followed by its
 * file rounded up to 512 bytes; the name is at offset 0 and the size, in octal, at offset 124.
 */
final class TweetData {
    private static final String ENTRY = "single_and_multi_document/tweet.json";
    private static final int MAX_ENTRIES = 64;

    private TweetData() {
    }

    static String read(Path archive) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            byte[] header = new byte[512];
            for (int entry = 0; entry < MAX_ENTRIES; entry++) {
                if (in.readNBytes(header, 0, 512) < 512 || header[0] == 0) {
                    break;
                }
                String name = cString(header, 0, 100);
                long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                if (name.equals(ENTRY)) {
                    return new String(in.readNBytes((int) size), StandardCharsets.UTF_8);
                }
                in.skipNBytes((size + 511) / 512 * 512);
            }
        }
        throw new IOException(ENTRY + " not found in " + archive);
    }

    private static String cString(byte[] bytes, int offset, int max) {
        int end = offset;
        while (end < offset + max && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
