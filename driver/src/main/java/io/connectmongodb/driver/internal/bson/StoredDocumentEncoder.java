package io.connectmongodb.driver.internal.bson;

import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.internal.validation.StoredDocumentValidator;
import io.connectmongodb.driver.internal.validation.StoredFieldNameValidator;
import io.connectmongodb.driver.internal.validation.UpdateValidator;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Encoder;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;

/**
 * Encodes a document that will be stored as it is (an inserted document or a replacement) in one
 * pass: the caller's codec writes straight to BSON bytes through a {@link NameCheckingBinaryWriter} whose
 * {@link StoredFieldNameValidator} checks each field name as it is written (no {@code $} at the top
 * level, no NUL anywhere). Documents of the default registry's document codec are written by
 * {@link DefaultDocumentWriter} instead, which skips the codec's per-value registry look-ups and
 * gives the same bytes. No intermediate {@link BsonDocument} tree is built and nothing walks the
 * document a second time.
 *
 * <p>The bytes are written into a scratch buffer kept per thread, then copied once into an
 * exactly-sized array that the returned {@link RawBsonDocument} owns (batches and retries reuse
 * it, so it must outlive the scratch buffer). An inserted document without a top-level
 * {@code _id} gets a new ObjectId as its first field while that copy is made.
 *
 * <p>When a name is refused, the document is encoded once more as a tree and checked by
 * {@link StoredDocumentValidator} (and, for replacements, {@link UpdateValidator}), which throw the
 * same messages, with the field's path, as before; the cost of building a path is paid only then.
 */
public final class StoredDocumentEncoder {
    /** A scratch buffer that grew beyond this for one huge document is not kept by its thread. */
    private static final int RETAINED_CAPACITY = 4 * 1024 * 1024;
    private static final int INITIAL_CAPACITY = 1024;
    private static final EncoderContext COLLECTIBLE = EncoderContext.builder().isEncodingCollectibleDocument(true).build();
    private static final ThreadLocal<BasicOutputBuffer> SCRATCH = ThreadLocal.withInitial(
            () -> new BasicOutputBuffer(INITIAL_CAPACITY));
    private static final byte[] ID_NAME = "_id".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] ID_FIELD = RawFields.names("_id");
    /** type byte, "_id\0" and a 12-byte ObjectId. */
    private static final int GENERATED_ID_LENGTH = 1 + ID_NAME.length + 1 + 12;

    private StoredDocumentEncoder() {
    }

    /**
     * An encoded inserted document, the value of its {@code _id} (generated when it had none) and
     * its size in bytes (known here, so nobody opens a buffer view just to measure it).
     */
    public record Insert(RawBsonDocument document, BsonValue id, int size) {
    }

    /** Encodes and validates a document to insert, adding an ObjectId {@code _id} first when it has none. */
    public static <T> Insert encodeInsert(String what, T value, Encoder<T> encoder) {
        return encodeInsert(what, -1, value, encoder);
    }

    /**
     * The same for the document at {@code index} of the caller's list: error messages name it
     * {@code what + " at index " + index} (built only then), or just {@code what} when the index is negative.
     */
    public static <T> Insert encodeInsert(String what, int index, T value, Encoder<T> encoder) {
        BasicOutputBuffer buffer = encode(what, index, value, encoder, false);
        try {
            byte[] bytes = buffer.getInternalBuffer();
            int size = buffer.getPosition();
            if (startsWithId(bytes, size)) {
                RawBsonDocument document = new RawBsonDocument(copy(bytes, size), 0, size);
                return new Insert(document, firstValue(document, bytes), size);
            }
            // a view of the scratch bytes only answers whether _id is there (compared byte by byte,
            // no string per field name); its values must not escape
            if (RawFields.of(new RawBsonDocument(bytes, 0, size), ID_FIELD).type(0) != 0) {
                RawBsonDocument document = new RawBsonDocument(copy(bytes, size), 0, size);
                return new Insert(document, document.get("_id"), size);
            }
            ObjectId generated = new ObjectId();
            return new Insert(withIdFirst(bytes, size, generated), new BsonObjectId(generated), size + GENERATED_ID_LENGTH);
        } finally {
            release(buffer);
        }
    }

    /** Encodes and validates a replacement document (which must not start with an update operator). */
    public static <T> RawBsonDocument encodeReplacement(String what, T value, Encoder<T> encoder) {
        BasicOutputBuffer buffer = encode(what, -1, value, encoder, true);
        try {
            int size = buffer.getPosition();
            return new RawBsonDocument(copy(buffer.getInternalBuffer(), size), 0, size);
        } finally {
            release(buffer);
        }
    }

    private static <T> BasicOutputBuffer encode(String what, int index, T value, Encoder<T> encoder, boolean replacement) {
        if (value == null) {
            Arguments.notNull(describe(what, index), null);
        }
        BasicOutputBuffer buffer = SCRATCH.get();
        buffer.truncateToPosition(0);
        if (value instanceof Document document && DefaultDocumentWriter.handles(encoder)) {
            if (DefaultDocumentWriter.write(document, buffer)) {
                return buffer;
            }
            buffer.truncateToPosition(0); // something only the codec may write: start over with it
        }
        try (BsonBinaryWriter writer = new NameCheckingBinaryWriter(buffer, StoredFieldNameValidator.TOP_LEVEL)) {
            encoder.encode(writer, value, COLLECTIBLE);
        } catch (StoredFieldNameValidator.InvalidName e) {
            release(buffer);
            throw explain(describe(what, index), value, encoder, replacement, e);
        } catch (CodecConfigurationException | BsonSerializationException e) {
            release(buffer);
            throw new IllegalArgumentException(describe(what, index) + " cannot be encoded as BSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(buffer);
            throw e;
        }
        return buffer;
    }

    /** Re-encodes as a tree so the validators name the offending field by its path. */
    private static <T> IllegalArgumentException explain(String what, T value, Encoder<T> encoder, boolean replacement,
                                                        StoredFieldNameValidator.InvalidName refused) {
        BsonDocument tree = BsonEncoding.toTree(what, value, encoder);
        if (replacement) {
            UpdateValidator.validateReplacement(tree);
        }
        StoredDocumentValidator.validate(what, tree);
        // the codec wrote a different document the second time; report what the writer refused
        return new IllegalArgumentException(what + " has an " + refused.getMessage()
                + "; stored documents must not have top-level field names starting with '$' or NUL in any field name",
                refused);
    }

    private static String describe(String what, int index) {
        return index < 0 ? what : what + " at index " + index;
    }

    private static boolean startsWithId(byte[] bytes, int size) {
        int nameStart = 5;
        if (size < nameStart + ID_NAME.length + 1) {
            return false;
        }
        for (int i = 0; i < ID_NAME.length; i++) {
            if (bytes[nameStart + i] != ID_NAME[i]) {
                return false;
            }
        }
        return bytes[nameStart + ID_NAME.length] == 0;
    }

    /** The value of the first field, read directly for the common ObjectId case. */
    private static BsonValue firstValue(RawBsonDocument document, byte[] bytes) {
        if (bytes[4] == BsonType.OBJECT_ID.getValue()) {
            int start = 5 + ID_NAME.length + 1;
            return new BsonObjectId(new ObjectId(java.util.Arrays.copyOfRange(bytes, start, start + 12)));
        }
        return document.get("_id");
    }

    private static RawBsonDocument withIdFirst(byte[] bytes, int size, ObjectId id) {
        int total = size + GENERATED_ID_LENGTH;
        byte[] out = new byte[total];
        ByteBuffer target = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        target.putInt(total);
        target.put((byte) BsonType.OBJECT_ID.getValue());
        target.put(ID_NAME).put((byte) 0);
        id.putToByteBuffer(target);
        System.arraycopy(bytes, 4, out, 4 + GENERATED_ID_LENGTH, size - 4);
        return new RawBsonDocument(out, 0, total);
    }

    private static byte[] copy(byte[] bytes, int size) {
        byte[] exact = new byte[size];
        System.arraycopy(bytes, 0, exact, 0, size);
        return exact;
    }

    private static void release(BasicOutputBuffer buffer) {
        if (buffer.getInternalBuffer().length > RETAINED_CAPACITY) {
            SCRATCH.set(new BasicOutputBuffer(INITIAL_CAPACITY));
        } else {
            buffer.truncateToPosition(0);
        }
    }
}
