package io.connectmongodb.driver.internal.cursor;

import io.connectmongodb.driver.internal.bson.BsonBytes;
import io.connectmongodb.driver.internal.bson.BsonDecoding;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonArray;
import org.bson.codecs.Decoder;

/**
 * The documents of one cursor batch, handed out in order and decoded one at a time.
 *
 * <p>A batch received from a server is a BSON array inside the reply's bytes. It is walked in place:
 * {@link #advance} steps over one element (type byte, index name, value) and remembers where its
 * value starts, and {@link #decodeCurrent} decodes that document straight from the reply bytes
 * ({@link BsonDecoding#decode(byte[], int, Decoder)}). No per-document copy or wrapper is made, as
 * iterating a {@link RawBsonArray} would. The element count is found by one walk up front. A batch
 * given as any other {@link BsonArray} is read through its list. An element that is not a
 * document fails when decoded, with the BSON library's error as before.
 * A cursor that stops early simply drops its batch (and with it the reply's bytes).
 */
final class CursorBatch {
    private static final byte DOCUMENT = (byte) BsonType.DOCUMENT.getValue();

    private final byte[] bytes;
    private final int arrayOffset;
    private final List<BsonValue> values;
    private int position;
    private int remaining;
    private int index;
    private int currentIndex = -1;
    private byte currentType;
    private int currentValue;

    private CursorBatch(byte[] bytes, int arrayOffset) {
        this.bytes = bytes;
        this.arrayOffset = arrayOffset;
        this.values = null;
        this.position = arrayOffset + 4;
        this.remaining = countElements();
    }

    private CursorBatch(List<BsonValue> values) {
        this.bytes = null;
        this.arrayOffset = 0;
        this.values = values;
        this.remaining = values.size();
    }

    /** The array of documents at {@code bytes[arrayOffset ..]} (well framed, as received). */
    static CursorBatch ofBytes(byte[] bytes, int arrayOffset) {
        return new CursorBatch(bytes, arrayOffset);
    }

    static CursorBatch of(BsonArray array) {
        return new CursorBatch(array.getValues());
    }

    static CursorBatch empty() {
        return new CursorBatch(List.of());
    }

    /** Elements not yet taken. */
    int remaining() {
        return remaining;
    }

    boolean isEmpty() {
        return remaining == 0;
    }

    /** Takes the next element, which {@link #decodeCurrent} then decodes. */
    void advance() {
        if (remaining == 0) {
            throw new IllegalStateException("the batch has no more documents");
        }
        remaining--;
        currentIndex = index++;
        if (bytes != null) {
            currentType = bytes[position];
            currentValue = BsonBytes.skipCString(bytes, position + 1);
            position = BsonBytes.skipValue(bytes, currentType, currentValue);
        }
    }

    /** Decodes the element last taken by {@link #advance}. */
    <T> T decodeCurrent(Decoder<T> decoder) {
        if (currentIndex < 0) {
            throw new IllegalStateException("no element was taken from the batch");
        }
        if (bytes == null) {
            return BsonDecoding.decode(values.get(currentIndex).asDocument(), decoder);
        }
        if (currentType != DOCUMENT) {
            // not a document: the BSON library reports the element's actual type
            BsonValue element = new RawBsonArray(bytes, arrayOffset, BsonBytes.readInt(bytes, arrayOffset)).get(currentIndex);
            return BsonDecoding.decode(element.asDocument(), decoder);
        }
        return BsonDecoding.decode(bytes, currentValue, decoder);
    }

    private int countElements() {
        int count = 0;
        int at = position;
        while (bytes[at] != 0) {
            byte type = bytes[at];
            at = BsonBytes.skipValue(bytes, type, BsonBytes.skipCString(bytes, at + 1));
            count++;
        }
        return count;
    }
}
