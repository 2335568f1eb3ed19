package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoProtocolException;

/**
 * Checks that received bytes are well-framed BSON before they are handed out as
 * {@link org.bson.RawBsonDocument}s, so a corrupt reply fails here with a
 * {@link MongoProtocolException} instead of deep inside a later, lazy decode.
 *
 * <p>The check walks every element once without creating objects: each element's type byte must
 * be known, its name a terminated cstring, and its value must fit inside its enclosing document;
 * every (sub)document's length prefix must match where its 0x00 terminator is; booleans must be 0
 * or 1 and old-binary (subtype 2) values must repeat their length consistently, as the BSON decoder
 * requires of them. Nesting is tracked
 * on an explicit stack of end offsets, so a maliciously deep document cannot overflow the Java
 * stack. String contents are not checked for valid UTF-8; the BSON decoder replaces bad sequences.
 *
 * <p>While walking a reply body's top level, the check also notes the first {@code ok} field's
 * verdict ({@link #checkBody}), so the connection need not scan the body again to find it.
 */
final class BsonFramingCheck {
    private static final int MIN_DOCUMENT_SIZE = 5;

    private final byte[] bytes;
    private final ServerAddress address;
    /**
     * Deepest nesting accepted. Servers refuse documents nested deeper than about 200 levels, and
     * the BSON library decodes recursively: a reply nested far deeper could overflow the stack of
     * the thread that later reads it, so it is refused here as a protocol error.
     */
    static final int MAX_DEPTH = 1_000;

    private int[] ends = new int[16];
    private int depth;
    private OkStatus ok = OkStatus.NOT_OK;
    private boolean okSeen;
    private int size;

    private BsonFramingCheck(byte[] bytes, ServerAddress address) {
        this.bytes = bytes;
        this.address = address;
    }

    /** Checks the document at {@code bytes[offset ..]} that must end no later than {@code limit}; returns its size. */
    static int check(byte[] bytes, int offset, int limit, ServerAddress address) {
        return new BsonFramingCheck(bytes, address).run(offset, limit);
    }

    /** Like {@link #check}, for a reply body: returns the checker, which knows the size and the {@code ok} verdict. */
    static BsonFramingCheck checkBody(byte[] bytes, int offset, int limit, ServerAddress address) {
        BsonFramingCheck check = new BsonFramingCheck(bytes, address);
        check.size = check.run(offset, limit);
        return check;
    }

    /** The size of the document checked by {@link #checkBody}. */
    int size() {
        return size;
    }

    /** What the first top-level {@code ok} field of the document checked by {@link #checkBody} says. */
    OkStatus ok() {
        return ok;
    }

    private int run(int offset, int limit) {
        int size = openDocument(offset, limit);
        int pos = offset + 4;
        while (depth > 0) {
            int documentEnd = ends[depth - 1];
            int type = bytes[pos] & 0xFF;
            if (type == 0) {
                if (pos != documentEnd - 1) {
                    throw malformed("document terminator at offset " + pos + " before its declared end " + documentEnd);
                }
                depth--;
                pos++;
                continue;
            }
            // The last byte of the document is its terminator, so values must end before it.
            int valueLimit = documentEnd - 1;
            int nameStart = pos + 1;
            pos = skipCString(nameStart, valueLimit);
            boolean okField = depth == 1 && !okSeen && pos - nameStart == 3 && bytes[nameStart] == 'o'
                    && bytes[nameStart + 1] == 'k';
            int valueStart = pos;
            pos = skipValue(type, pos, valueLimit);
            if (okField) {
                okSeen = true;
                ok = okVerdict(type, valueStart);
            }
        }
        return size;
    }

    /** As the old rule: true, or a number equal to 1; decimal128 is left to the caller's decoder. */
    private OkStatus okVerdict(int type, int pos) {
        switch (type) {
            case 0x01:
                return Double.longBitsToDouble(LittleEndian.readLong(bytes, pos)) == 1.0 ? OkStatus.OK : OkStatus.NOT_OK;
            case 0x10:
                return LittleEndian.readInt(bytes, pos) == 1 ? OkStatus.OK : OkStatus.NOT_OK;
            case 0x12:
                return LittleEndian.readLong(bytes, pos) == 1L ? OkStatus.OK : OkStatus.NOT_OK;
            case 0x08:
                return bytes[pos] == 1 ? OkStatus.OK : bytes[pos] == 0 ? OkStatus.NOT_OK : OkStatus.UNDECIDED;
            case 0x13:
                return OkStatus.UNDECIDED;
            default:
                return OkStatus.NOT_OK;
        }
    }

    private int skipValue(int type, int pos, int limit) {
        switch (type) {
            case 0x01: // double
            case 0x09: // UTC datetime
            case 0x11: // timestamp
            case 0x12: // int64
                return fixed(pos, 8, limit);
            case 0x02: // string
            case 0x0D: // JavaScript code
            case 0x0E: // symbol
                return skipString(pos, limit);
            case 0x03: // document
            case 0x04: // array
                openDocument(pos, limit);
                return pos + 4;
            case 0x05: { // binary: int32 length, subtype, bytes
                int length = readLength(pos, limit);
                int end = fixed(pos, 5L + length, limit);
                // subtype 2 (old binary) repeats the length inside, 4 less; the BSON decoder insists
                if (bytes[pos + 4] == 0x02 && (length < 4 || LittleEndian.readInt(bytes, pos + 5) != length - 4)) {
                    throw malformed("old-binary value at offset " + pos + " has inconsistent lengths");
                }
                return end;
            }
            case 0x06: // undefined
            case 0x0A: // null
            case 0xFF: // min key
            case 0x7F: // max key
                return pos;
            case 0x07: // ObjectId
                return fixed(pos, 12, limit);
            case 0x08: { // boolean: one byte, 0 or 1 (the BSON decoder refuses anything else)
                int end = fixed(pos, 1, limit);
                if (bytes[pos] != 0 && bytes[pos] != 1) {
                    throw malformed("boolean at offset " + pos + " has value " + bytes[pos] + ", not 0 or 1");
                }
                return end;
            }
            case 0x0B: // regular expression: pattern and options cstrings
                return skipCString(skipCString(pos, limit), limit);
            case 0x0C: // DBPointer: string and ObjectId
                return fixed(skipString(pos, limit), 12, limit);
            case 0x0F: { // code with scope: int32 total, string, document
                int total = readLength(pos, limit);
                int end = fixed(pos, total, limit);
                int scope = skipString(pos + 4, end);
                openDocument(scope, end);
                if (scope + LittleEndian.readInt(bytes, scope) != end) {
                    throw malformed("code-with-scope length " + total + " does not match its contents");
                }
                return scope + 4;
            }
            case 0x10: // int32
                return fixed(pos, 4, limit);
            case 0x13: // decimal128
                return fixed(pos, 16, limit);
            default:
                throw malformed("unknown BSON type 0x" + Integer.toHexString(type) + " at offset " + (pos - 1));
        }
    }

    /** Validates a document's length prefix and terminator and pushes its end; returns its size. */
    private int openDocument(int pos, int limit) {
        int size = readLength(pos, limit);
        if (size < MIN_DOCUMENT_SIZE) {
            throw malformed("document at offset " + pos + " declares size " + size);
        }
        int end = fixed(pos, size, limit);
        if (bytes[end - 1] != 0) {
            throw malformed("document at offset " + pos + " is not terminated by 0x00");
        }
        if (depth == MAX_DEPTH) {
            throw malformed("document at offset " + pos + " is nested deeper than " + MAX_DEPTH + " levels");
        }
        if (depth == ends.length) {
            ends = java.util.Arrays.copyOf(ends, depth * 2);
        }
        ends[depth++] = end;
        return size;
    }

    private int skipString(int pos, int limit) {
        int length = readLength(pos, limit);
        if (length < 1) {
            throw malformed("string at offset " + pos + " declares length " + length);
        }
        int end = fixed(pos, 4L + length, limit);
        if (bytes[end - 1] != 0) {
            throw malformed("string at offset " + pos + " is not terminated by 0x00");
        }
        return end;
    }

    private int skipCString(int pos, int limit) {
        for (int i = pos; i < limit; i++) {
            if (bytes[i] == 0) {
                return i + 1;
            }
        }
        throw malformed("unterminated name or cstring at offset " + pos);
    }

    private int readLength(int pos, int limit) {
        fixed(pos, 4, limit);
        return LittleEndian.readInt(bytes, pos);
    }

    /** The offset after {@code length} bytes at {@code pos}, which must not pass {@code limit}. */
    private int fixed(int pos, long length, int limit) {
        if (length < 0 || pos + length > limit) {
            throw malformed("value at offset " + pos + " of " + length + " bytes overruns its document (ends at "
                    + limit + ")");
        }
        return (int) (pos + length);
    }

    private MongoProtocolException malformed(String detail) {
        return new MongoProtocolException("Malformed BSON from " + address + ": " + detail, address);
    }
}
