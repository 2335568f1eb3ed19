package io.connectmongodb.benchmarks.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a {@code .tgz} (ustar) into a directory, so the spec data is read in place and expanded
 * only under {@code target/}. A tar stream is a sequence of 512-byte headers (name at 0, octal size
 * at 124, type flag at 156, ustar prefix at 345), each followed by the file's bytes padded to a
 * multiple of 512; two zero blocks end it. Only regular files are written; names that would escape
 * the target directory are refused.
 */
public final class TarGzExtractor {
    private static final int BLOCK = 512;

    private TarGzExtractor() {
    }

    /** Extracts {@code archive} into {@code target}; returns the files written. */
    public static List<Path> extract(Path archive, Path target) throws IOException {
        List<Path> written = new ArrayList<>();
        Path root = target.toAbsolutePath().normalize();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 65536))) {
            byte[] header = new byte[BLOCK];
            while (readBlock(in, header)) {
                if (isZero(header)) {
                    break;
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
                byte type = header[156];
                boolean regular = type == '0' || type == 0;
                Path out = root.resolve(name).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("archive entry escapes the target directory: " + name);
                }
                if (regular && !name.contains("/._") && !name.startsWith("._")) {
                    Files.createDirectories(out.getParent());
                    try (OutputStream file = Files.newOutputStream(out)) {
                        copy(in, file, size);
                    }
                    written.add(out);
                } else {
                    skip(in, size);
                }
                skip(in, (BLOCK - size % BLOCK) % BLOCK);
            }
        }
        return written;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int done = in.readNBytes(block, 0, BLOCK);
        if (done == 0) {
            return false;
        }
        if (done < BLOCK) {
            throw new EOFException("truncated tar header");
        }
        return true;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[65536];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("truncated tar entry");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void skip(InputStream in, long size) throws IOException {
        long left = size;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("truncated tar entry");
                }
                n = 1;
            }
            left -= n;
        }
    }
}
