package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.internal.bson.BsonBytes;

/**
 * The data of one chunk as a range of an array: for a chunk read from a reply, the reply's own
 * array, so the bytes are copied only once, from there into the caller's buffer.
 *
 * <p>{@link #plain} walks a chunk document's top-level elements once and keeps the last
 * {@code n} and the last {@code data} (a decoded document keeps the last of duplicate names, so
 * this agrees with it). It answers a slice only for the plain, valid case: an int32 or int64
 * {@code n} equal to the expected one and generic binary {@code data} of the expected size. Any
 * other chunk (an error, or a legal oddity such as a double {@code n} or the old binary subtype 2,
 * whose data sits behind a second length) answers {@code null}, and the caller checks it the
 * general way.
 */
record ChunkSlice(byte[] bytes, int offset, int length) {
    private static final byte[] N = {'n'};
    private static final byte[] DATA = {'d', 'a', 't', 'a'};
    private static final byte BINARY = 0x05;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;
    private static final byte OLD_BINARY_SUBTYPE = 0x02;

    ChunkSlice {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IllegalArgumentException("slice [" + offset + ", +" + length + ") outside an array of " + bytes.length);
        }
    }

    static ChunkSlice of(byte[] bytes) {
        return new ChunkSlice(bytes, 0, bytes.length);
    }

    /**
     * The data of the well-framed chunk document at {@code bytes[documentOffset ..]} when its
     * {@code n} is {@code expectedN} and its data is generic binary of {@code expectedSize} bytes;
     * otherwise {@code null}.
     */
    static ChunkSlice plain(byte[] bytes, int documentOffset, long expectedN, int expectedSize) {
        int end = documentOffset + BsonBytes.readInt(bytes, documentOffset) - 1;
        int pos = documentOffset + 4;
        byte nType = 0;
        int nAt = -1;
        int dataAt = -1;
        byte dataType = 0;
        while (pos < end) {
            byte type = bytes[pos++];
            int nameStart = pos;
            pos = BsonBytes.skipCString(bytes, pos);
            int nameLength = pos - 1 - nameStart;
            if (named(bytes, nameStart, nameLength, N)) {
                nType = type;
                nAt = pos;
            } else if (named(bytes, nameStart, nameLength, DATA)) {
                dataType = type;
                dataAt = pos;
            }
            pos = BsonBytes.skipValue(bytes, type, pos);
        }
        if (nAt < 0 || dataAt < 0 || dataType != BINARY || !nEquals(bytes, nType, nAt, expectedN)) {
            return null;
        }
        int length = BsonBytes.readInt(bytes, dataAt);
        if (bytes[dataAt + 4] == OLD_BINARY_SUBTYPE || length != expectedSize) {
            return null;
        }
        return new ChunkSlice(bytes, dataAt + 5, length);
    }

    private static boolean nEquals(byte[] bytes, byte type, int at, long expected) {
        if (type == INT32) {
            return BsonBytes.readInt(bytes, at) == expected;
        }
        // other numeric types (double, decimal128) are legal but rare: the general check compares them
        return type == INT64 && BsonBytes.readLong(bytes, at) == expected;
    }

    private static boolean named(byte[] bytes, int at, int length, byte[] name) {
        if (length != name.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }
}
