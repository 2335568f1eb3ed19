package io.connectmongodb.driver.internal.bson;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDbPointer;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.BsonUndefined;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.CodeWithScope;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.bson.types.Symbol;

/**
 * Builds an {@code org.bson.Document} straight from BSON bytes, producing what the default
 * registry's {@code DocumentCodec} produces (default type map, {@code UuidRepresentation.STANDARD}):
 * {@code Document} for embedded documents, {@code ArrayList} for arrays, {@code Integer},
 * {@code Long}, {@code Double}, {@code String}, {@code Date}, {@code ObjectId}, {@code Binary}
 * (a {@code UUID} for subtype 4 of 16 bytes), {@code Decimal128}, and the BSON library's holder types
 * for the rest; {@code null} for BSON null.
 *
 * <p>Why: the codec reads through a {@code BsonBinaryReader} (a context object per level, a type
 * codec lookup per value, an extra byte array per string and name). Here one recursive walk reads
 * each element's type, name and value in place; names come from {@link FieldNames}.
 *
 * <p>Anything this reader does not reproduce exactly (old-binary subtype 2, vector subtype 9, a value that does not
 * fit its document, a boolean other than 0/1, nesting deeper than {@link #MAX_DEPTH}) makes
 * {@link #readOrNull} return {@code null}; the caller then decodes with the codec, which yields its
 * usual result or exception.
 */
final class DocumentBytesReader {
    /** Deeper documents are left to the codec. */
    static final int MAX_DEPTH = 64;
    private static final byte UUID_STANDARD_SUBTYPE = 4;
    private static final byte OLD_BINARY_SUBTYPE = 2;
    private static final byte VECTOR_SUBTYPE = 9;
    private static final int UUID_LENGTH = 16;

    private final byte[] bytes;
    private int pos;

    private DocumentBytesReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The document at {@code bytes[offset ..]}, which must end no later than {@code limit}; or
     * {@code null} when it holds something this reader leaves to the codec.
     */
    static Document readOrNull(byte[] bytes, int offset, int limit) {
        if (offset < 0 || limit > bytes.length) {
            return null;
        }
        try {
            return new DocumentBytesReader(bytes).document(offset, limit, 0);
        } catch (NotReadable e) {
            return null;
        }
    }

    private Document document(int start, int limit, int depth) {
        int end = open(start, limit, depth);
        Document document = new Document();
        while (true) {
            byte type = bytes[pos++];
            if (type == 0) {
                return closed(end, document);
            }
            String name = name(end);
            document.put(name, value(type, end - 1, depth));
        }
    }

    private List<Object> array(int start, int limit, int depth) {
        int end = open(start, limit, depth);
        List<Object> list = new ArrayList<>(elementCount(end));
        while (true) {
            byte type = bytes[pos++];
            if (type == 0) {
                return closed(end, list);
            }
            pos = cstringEnd(end) + 1;
            list.add(value(type, end - 1, depth));
        }
    }

    /**
     * How many elements the (sub)document whose elements start at {@link #pos} has, found by
     * skipping over them, so an array's list is made at its final size. Returns 0 on anything
     * malformed; the element reads that follow then detect it.
     */
    private int elementCount(int end) {
        int count = 0;
        int at = pos;
        while (at < end - 1 && bytes[at] != 0) {
            byte type = bytes[at];
            int nameEnd = at + 1;
            while (nameEnd < end - 1 && bytes[nameEnd] != 0) {
                nameEnd++;
            }
            int value = nameEnd + 1;
            if (nameEnd >= end - 1 || !knownType(type) || (lengthPrefixed(type) && value + 4 > end - 1)) {
                return 0;
            }
            at = BsonBytes.skipValue(bytes, type, value);
            if (at < value || at > end - 1) {
                return 0;
            }
            count++;
        }
        return count;
    }

    private static boolean knownType(byte type) {
        return (type >= 0x01 && type <= 0x13) || type == (byte) 0xFF || type == 0x7F;
    }

    private static boolean lengthPrefixed(byte type) {
        return (type >= 0x02 && type <= 0x05) || (type >= 0x0C && type <= 0x0F);
    }

    /** Checks the length prefix and terminator of the (sub)document at {@code start}; returns its end. */
    private int open(int start, int limit, int depth) {
        if (depth > MAX_DEPTH || limit - start < 5) {
            throw NotReadable.INSTANCE;
        }
        int size = BsonBytes.readInt(bytes, start);
        if (size < 5 || size > limit - start || bytes[start + size - 1] != 0) {
            throw NotReadable.INSTANCE;
        }
        pos = start + 4;
        return start + size;
    }

    private <T> T closed(int end, T container) {
        if (pos != end) {
            throw NotReadable.INSTANCE;
        }
        return container;
    }

    /** Reads the name at {@link #pos}; its hash for {@link FieldNames} is computed in the same pass that finds its end. */
    private String name(int end) {
        int start = pos;
        int at = start;
        int hash = 0;
        byte b;
        while (at < end - 1 && (b = bytes[at]) != 0) {
            hash = 31 * hash + b;
            at++;
        }
        if (at >= end - 1) {
            throw NotReadable.INSTANCE;
        }
        pos = at + 1;
        return FieldNames.name(bytes, start, at - start, hash);
    }

    /** The offset of the NUL ending the cstring at {@link #pos}, which must lie before {@code end - 1}. */
    private int cstringEnd(int end) {
        int at = pos;
        while (at < end - 1 && bytes[at] != 0) {
            at++;
        }
        if (at >= end - 1) {
            throw NotReadable.INSTANCE;
        }
        return at;
    }

    /** Reads the value at {@link #pos} that must end by {@code limit}, leaving {@link #pos} after it. */
    private Object value(byte type, int limit, int depth) {
        int at = pos;
        switch (type) {
            case 0x01:
                pos = fixed(at, 8, limit);
                return Double.longBitsToDouble(BsonBytes.readLong(bytes, at));
            case 0x02:
                return string(limit);
            case 0x03:
                return document(at, limit, depth + 1);
            case 0x04:
                return array(at, limit, depth + 1);
            case 0x05:
                return binary(limit);
            case 0x06:
                return new BsonUndefined();
            case 0x07:
                pos = fixed(at, 12, limit);
                return new ObjectId(ByteBuffer.wrap(bytes, at, 12));
            case 0x08:
                pos = fixed(at, 1, limit);
                if (bytes[at] != 0 && bytes[at] != 1) {
                    throw NotReadable.INSTANCE;
                }
                return bytes[at] == 1;
            case 0x09:
                pos = fixed(at, 8, limit);
                return new Date(BsonBytes.readLong(bytes, at));
            case 0x0A:
                return null;
            case 0x0B: {
                String pattern = cstring(limit);
                String options = cstring(limit);
                return new BsonRegularExpression(pattern, options);
            }
            case 0x0C: {
                String namespace = string(limit);
                int id = pos;
                pos = fixed(id, 12, limit);
                return new BsonDbPointer(namespace, new ObjectId(ByteBuffer.wrap(bytes, id, 12)));
            }
            case 0x0D:
                return new Code(string(limit));
            case 0x0E:
                return new Symbol(string(limit));
            case 0x0F:
                return codeWithScope(limit, depth);
            case 0x10:
                pos = fixed(at, 4, limit);
                return BsonBytes.readInt(bytes, at);
            case 0x11:
                pos = fixed(at, 8, limit);
                return new BsonTimestamp(BsonBytes.readLong(bytes, at));
            case 0x12:
                pos = fixed(at, 8, limit);
                return BsonBytes.readLong(bytes, at);
            case 0x13:
                pos = fixed(at, 16, limit);
                return Decimal128.fromIEEE754BIDEncoding(BsonBytes.readLong(bytes, at + 8), BsonBytes.readLong(bytes, at));
            case (byte) 0xFF:
                return new MinKey();
            case 0x7F:
                return new MaxKey();
            default:
                throw NotReadable.INSTANCE;
        }
    }

    /** {@code at + length}, when that is within {@code limit}. */
    private static int fixed(int at, int length, int limit) {
        if (limit - at < length) {
            throw NotReadable.INSTANCE;
        }
        return at + length;
    }

    private String string(int limit) {
        int at = pos;
        fixed(at, 4, limit);
        int length = BsonBytes.readInt(bytes, at);
        if (length < 1) {
            throw NotReadable.INSTANCE;
        }
        pos = fixed(at + 4, length, limit);
        if (bytes[pos - 1] != 0) {
            throw NotReadable.INSTANCE;
        }
        return new String(bytes, at + 4, length - 1, StandardCharsets.UTF_8);
    }

    private String cstring(int limit) {
        int start = pos;
        int nul = cstringEnd(limit + 1);
        pos = nul + 1;
        return new String(bytes, start, nul - start, StandardCharsets.UTF_8);
    }

    private Object binary(int limit) {
        int at = pos;
        fixed(at, 5, limit);
        int length = BsonBytes.readInt(bytes, at);
        byte subtype = bytes[at + 4];
        if (length < 0 || subtype == OLD_BINARY_SUBTYPE || subtype == VECTOR_SUBTYPE) {
            throw NotReadable.INSTANCE;
        }
        int data = at + 5;
        pos = fixed(data, length, limit);
        if (subtype == UUID_STANDARD_SUBTYPE && length == UUID_LENGTH) {
            return new UUID(bigEndianLong(data), bigEndianLong(data + 8));
        }
        byte[] copy = new byte[length];
        System.arraycopy(bytes, data, copy, 0, length);
        return new Binary(subtype, copy);
    }

    private long bigEndianLong(int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    private CodeWithScope codeWithScope(int limit, int depth) {
        int start = pos;
        fixed(start, 4, limit);
        int total = BsonBytes.readInt(bytes, start);
        if (total < 14) {
            throw NotReadable.INSTANCE;
        }
        int end = fixed(start, total, limit);
        pos = start + 4;
        String code = string(end);
        Document scope = document(pos, end, depth + 1);
        if (pos != end) {
            throw NotReadable.INSTANCE;
        }
        return new CodeWithScope(code, scope);
    }

    /** Signals input left to the codec; thrown without a stack trace, as it is caught right away. */
    private static final class NotReadable extends RuntimeException {
        static final NotReadable INSTANCE = new NotReadable();

        private NotReadable() {
            super("left to the codec", null, false, false);
        }
    }
}
