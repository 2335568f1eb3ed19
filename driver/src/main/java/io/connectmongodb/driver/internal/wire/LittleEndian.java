package io.connectmongodb.driver.internal.wire;

/** Little-endian int32/int64 access to byte arrays, as every integer on the MongoDB wire is little-endian. */
final class LittleEndian {
    private LittleEndian() {
    }

    static int readInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF)
                | (bytes[offset + 1] & 0xFF) << 8
                | (bytes[offset + 2] & 0xFF) << 16
                | (bytes[offset + 3] & 0xFF) << 24;
    }

    static long readLong(byte[] bytes, int offset) {
        return (readInt(bytes, offset) & 0xFFFFFFFFL) | (long) readInt(bytes, offset + 4) << 32;
    }

    static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }
}
