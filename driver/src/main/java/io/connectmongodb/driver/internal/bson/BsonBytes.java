package io.connectmongodb.driver.internal.bson;

/**
 * Little-endian reads and value skipping over BSON held in a byte array. Callers walk documents
 * element by element: type byte, name cstring, then the value, whose length {@link #skipValue}
 * derives from the type and (for variable-sized values) the value's own length prefix. The bytes
 * must be well framed (replies are checked on receipt, see the wire layer's framing check): the
 * walk trusts the length prefixes.
 */
public final class BsonBytes {
    private BsonBytes() {
    }

    /** The little-endian int32 at {@code bytes[at]}. */
    public static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }

    /** The little-endian int64 at {@code bytes[at]}. */
    public static long readLong(byte[] bytes, int at) {
        return (readInt(bytes, at) & 0xFFFFFFFFL) | ((long) readInt(bytes, at + 4)) << 32;
    }

    /** Where the cstring starting at {@code pos} ends: the offset just after its NUL. */
    public static int skipCString(byte[] bytes, int pos) {
        while (bytes[pos] != 0) {
            pos++;
        }
        return pos + 1;
    }

    /** Where the value of BSON type {@code type} that starts at {@code pos} ends. */
    public static int skipValue(byte[] bytes, byte type, int pos) {
        switch (type & 0xFF) {
            case 0x01: case 0x09: case 0x11: case 0x12:
                return pos + 8;
            case 0x02: case 0x0D: case 0x0E:
                return pos + 4 + readInt(bytes, pos);
            case 0x03: case 0x04: case 0x0F:
                return pos + readInt(bytes, pos);
            case 0x05:
                return pos + 5 + readInt(bytes, pos);
            case 0x06: case 0x0A: case 0xFF: case 0x7F:
                return pos;
            case 0x07:
                return pos + 12;
            case 0x08:
                return pos + 1;
            case 0x0B:
                return skipCString(bytes, skipCString(bytes, pos));
            case 0x0C:
                return pos + 4 + readInt(bytes, pos) + 12;
            case 0x10:
                return pos + 4;
            case 0x13:
                return pos + 16;
            default:
                throw new IllegalStateException("unknown BSON type 0x" + Integer.toHexString(type & 0xFF) + " at offset " + pos);
        }
    }
}
