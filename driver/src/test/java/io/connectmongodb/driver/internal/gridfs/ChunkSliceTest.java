package io.connectmongodb.driver.internal.gridfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

class ChunkSliceTest {
    private static final byte[] DATA = {10, 20, 30, 40};

    @Test
    void plainChunkIsASliceOfTheDocumentsOwnArray() {
        for (BsonDocument chunk : new BsonDocument[] {chunk(new BsonInt32(3), new BsonBinary(DATA)),
                chunk(new BsonInt64(3), new BsonBinary(DATA))}) {
            byte[] bytes = withPrefix(chunk);
            ChunkSlice slice = ChunkSlice.plain(bytes, 7, 3, DATA.length);
            assertNotNull(slice, chunk.toJson());
            assertSame(bytes, slice.bytes());
            assertEquals(DATA.length, slice.length());
            assertArrayEquals(DATA, Arrays.copyOfRange(bytes, slice.offset(), slice.offset() + slice.length()));
        }
    }

    @Test
    void anythingButAPlainValidChunkIsLeftToTheGeneralCheck() {
        BsonDocument[] others = {
            chunk(new BsonInt32(4), new BsonBinary(DATA)), // wrong n
            chunk(new BsonInt32(3), new BsonBinary(new byte[3])), // wrong size
            chunk(new BsonInt32(3), new BsonBinary(new byte[5])), // wrong size
            new BsonDocument("_id", new BsonObjectId()).append("n", new BsonInt32(3)), // no data
            chunk(new BsonInt32(3), new BsonString("text")), // data not binary
            new BsonDocument("data", new BsonBinary(DATA)), // no n
            chunk(new BsonString("3"), new BsonBinary(DATA)), // n not a number
            chunk(new BsonDouble(3), new BsonBinary(DATA)), // legal, but compared by the general check
            chunk(new BsonInt32(3), new BsonBinary(BsonBinarySubType.OLD_BINARY, DATA)), // data behind a second length
        };
        for (BsonDocument other : others) {
            assertNull(ChunkSlice.plain(withPrefix(other), 7, 3, DATA.length), other.toJson());
        }
    }

    @Test
    void theLastOfDuplicateFieldsCountsAsInADecodedDocument() {
        byte[] later = duplicated("n", new BsonInt32(9), new BsonInt32(3));
        assertNotNull(ChunkSlice.plain(later, 0, 3, DATA.length));
        byte[] earlier = duplicated("n", new BsonInt32(3), new BsonInt32(9));
        assertNull(ChunkSlice.plain(earlier, 0, 3, DATA.length));
    }

    @Test
    void aSliceMustLieInsideItsArray() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkSlice(new byte[4], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new ChunkSlice(new byte[4], -1, 1));
        assertEquals(4, ChunkSlice.of(new byte[4]).length());
    }

    static BsonDocument chunk(org.bson.BsonValue n, org.bson.BsonValue data) {
        return new BsonDocument("_id", new BsonObjectId()).append("files_id", new BsonInt32(1)).append("n", n)
                .append("data", data);
    }

    /** The document's bytes behind 7 unrelated bytes, so offsets inside a larger array are exercised. */
    private static byte[] withPrefix(BsonDocument document) {
        byte[] encoded = bytes(document);
        byte[] bytes = new byte[7 + encoded.length];
        System.arraycopy(encoded, 0, bytes, 7, encoded.length);
        return bytes;
    }

    /** A chunk with {@code name} twice (a BsonDocument cannot hold that): first and then second. */
    private static byte[] duplicated(String name, org.bson.BsonValue first, org.bson.BsonValue second) {
        byte[] a = bytes(new BsonDocument(name, first).append("data", new BsonBinary(DATA)));
        byte[] b = bytes(new BsonDocument(name, second));
        int length = a.length - 1 + b.length - 4;
        byte[] joined = new byte[length];
        System.arraycopy(a, 0, joined, 0, a.length - 1);
        System.arraycopy(b, 4, joined, a.length - 1, b.length - 4);
        joined[0] = (byte) length;
        joined[1] = (byte) (length >>> 8);
        return joined;
    }

    private static byte[] bytes(BsonDocument document) {
        RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
        return Arrays.copyOf(raw.getByteBuffer().array(), raw.getByteBuffer().limit());
    }
}
