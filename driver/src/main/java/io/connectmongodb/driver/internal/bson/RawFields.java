package io.connectmongodb.driver.internal.bson;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bson.RawBsonDocument;

/**
 * Finds several top-level fields of a received {@link RawBsonDocument} in one pass over its bytes,
 * comparing names byte by byte, so nothing is allocated for the fields skipped. Each
 * {@code RawBsonDocument.get} scans the document from the start and creates a string per name it
 * passes; a reply examined for four fields paid that four times.
 *
 * <p>The document must be well framed (replies are checked on receipt, see the wire layer's
 * framing check); the walk trusts the length prefixes. Use: {@link #of} a document, then
 * {@link #type}/{@link #offset} per wanted name's index and the readers for the value found.
 */
public final class RawFields {
    private final byte[] bytes;
    private final byte[][] names;
    private final int[] offsets;
    private final byte[] types;

    private RawFields(byte[] bytes, byte[][] names) {
        this.bytes = bytes;
        this.names = names;
        this.offsets = new int[names.length];
        this.types = new byte[names.length];
    }

    /** ASCII field names, encoded once by the caller and passed to {@link #of}. */
    public static byte[][] names(String... names) {
        byte[][] encoded = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            encoded[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return encoded;
    }

    /** Scans {@code document}'s top level for the first occurrence of each name. */
    public static RawFields of(RawBsonDocument document, byte[][] names) {
        ByteBuffer buffer = document.getByteBuffer().asNIO();
        RawFields fields = new RawFields(buffer.array(), names);
        fields.scan(buffer.arrayOffset() + buffer.position());
        return fields;
    }

    /** Scans the top level of the well-framed document at {@code bytes[offset ..]} for the first occurrence of each name. */
    public static RawFields of(byte[] bytes, int offset, byte[][] names) {
        RawFields fields = new RawFields(bytes, names);
        fields.scan(offset);
        return fields;
    }

    /** The BSON type byte of the field {@code index} (into the names), or 0 when it is absent. */
    public byte type(int index) {
        return types[index];
    }

    /** Where the value of field {@code index} starts in {@link #bytes()}. */
    public int offset(int index) {
        return offsets[index];
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The embedded document or array value of field {@code index}, as a view (no copy). */
    public RawBsonDocument document(int index) {
        int at = offsets[index];
        return new RawBsonDocument(bytes, at, readInt(bytes, at));
    }

    /** The int64 (or timestamp) value of field {@code index}. */
    public long int64(int index) {
        return readLong(bytes, offsets[index]);
    }

    /** The int32 value of field {@code index}. */
    public int int32(int index) {
        return readInt(bytes, offsets[index]);
    }

    /** The string value of field {@code index} (UTF-8, without its terminating NUL). */
    public String string(int index) {
        int at = offsets[index];
        return new String(bytes, at + 4, readInt(bytes, at) - 1, StandardCharsets.UTF_8);
    }

    private void scan(int start) {
        int end = start + readInt(bytes, start) - 1;
        int pos = start + 4;
        int found = 0;
        while (pos < end && found < names.length) {
            byte type = bytes[pos++];
            int nameStart = pos;
            while (bytes[pos] != 0) {
                pos++;
            }
            int nameLength = pos - nameStart;
            pos++;
            for (int i = 0; i < names.length; i++) {
                if (types[i] == 0 && matches(names[i], nameStart, nameLength)) {
                    types[i] = type;
                    offsets[i] = pos;
                    found++;
                    break;
                }
            }
            pos = BsonBytes.skipValue(bytes, type, pos);
        }
    }

    private boolean matches(byte[] name, int at, int length) {
        if (name.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] b, int at) {
        return BsonBytes.readInt(b, at);
    }

    private static long readLong(byte[] b, int at) {
        return BsonBytes.readLong(b, at);
    }
}
