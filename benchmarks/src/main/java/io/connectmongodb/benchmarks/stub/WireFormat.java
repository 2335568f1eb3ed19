package io.connectmongodb.benchmarks.stub;

import java.nio.charset.StandardCharsets;

/** Little-endian integer access and the few opcodes the stub speaks, over plain byte arrays. */
public final class WireFormat {
    public static final int HEADER_LENGTH = 16;
    public static final int OP_REPLY = 1;
    public static final int OP_QUERY = 2004;
    public static final int OP_MSG = 2013;
    /** OP_MSG flag: the sender will not wait for a reply. */
    public static final int MORE_TO_COME = 1 << 1;

    private WireFormat() {
    }

    public static int readInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8
                | (bytes[offset + 2] & 0xff) << 16 | (bytes[offset + 3] & 0xff) << 24;
    }

    public static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }

    /** Whether the NUL-terminated string at {@code offset} equals {@code ascii}. No allocation. */
    public static boolean cstringEquals(byte[] bytes, int offset, int limit, byte[] ascii) {
        if (offset + ascii.length >= limit) {
            return false;
        }
        for (int i = 0; i < ascii.length; i++) {
            if (bytes[offset + i] != ascii[i]) {
                return false;
            }
        }
        return bytes[offset + ascii.length] == 0;
    }

    /** Offset just past the NUL that ends the C string starting at {@code offset}. */
    public static int skipCString(byte[] bytes, int offset, int limit) {
        int i = offset;
        while (i < limit && bytes[i] != 0) {
            i++;
        }
        if (i == limit) {
            throw new IllegalArgumentException("unterminated C string at offset " + offset);
        }
        return i + 1;
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
