package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.PropertyModel;

import java.nio.charset.StandardCharsets;

import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * Decodes the expected next field of a binary document straight from its bytes, without the
 * {@link BsonReader} allocating the field name as a String.
 *
 * <p>Documents usually hold the fields in the order the entity codec writes them. So, while a
 * {@link BsonBinaryReader} stands between two elements (state TYPE), the codec asks whether the
 * next element is the property after the previous match: its type byte must be the one BSON type
 * the property reads without conversion ({@link StraightLineCodecGenerator#rawBsonType}) and its
 * name bytes must equal the property's pre-encoded UTF-8 field name followed by NUL. Only then is
 * the element consumed, and the generated {@link RawPropertyReader} reads the value with the same
 * {@link BsonInput} call the reader would have made. On any difference (another field, another
 * type, BSON null, the end of the document, truncated bytes) the input is reset to the element start and the codec
 * reads that element through the reader as before, so results and exceptions are unchanged. The
 * reader's own state needs no update: it is TYPE before and after a whole element.
 *
 * <p>Only an exact {@link BsonBinaryReader} qualifies, since a subclass may change what its reads
 * return. Immutable; shared by every decode of the class.
 */
final class InOrderBinaryFields {
    private final BsonType[] rawTypes;
    private final byte[][] names;
    private final RawPropertyReader rawReader;

    private InOrderBinaryFields(BsonType[] rawTypes, byte[][] names, RawPropertyReader rawReader) {
        this.rawTypes = rawTypes;
        this.names = names;
        this.rawReader = rawReader;
    }

    /** The fast path for a class decoded in place, or null when none of its properties can use it. */
    static InOrderBinaryFields of(EntityModel<?> model) {
        int count = model.properties().size();
        BsonType[] rawTypes = new BsonType[count];
        byte[][] names = new byte[count][];
        boolean any = false;
        for (PropertyModel property : model.properties()) {
            BsonType type = StraightLineCodecGenerator.rawBsonType(model.type(), property);
            rawTypes[property.index()] = type;
            names[property.index()] = property.fieldName().getBytes(StandardCharsets.UTF_8);
            any |= type != null;
        }
        return any ? new InOrderBinaryFields(rawTypes, names, StraightLineCodecGenerator.rawReader(model)) : null;
    }

    /** The reader's input if the fast path may read from it, else null. */
    static BsonInput inputOf(BsonReader reader) {
        return reader.getClass() == BsonBinaryReader.class ? ((BsonBinaryReader) reader).getBsonInput() : null;
    }

    /**
     * Whether the next element is the field of property {@code index} with its raw type; if so the
     * input now stands at the value, otherwise it is back where it was. {@code documentStart} marks
     * the input at {@code documentPosition} (one mark per document, not one per field): going back
     * is a reset to it and a skip forward to the element.
     */
    boolean nextIs(BsonInput input, BsonInputMark documentStart, int documentPosition, int index) {
        BsonType type = rawTypes[index];
        if (type == null) {
            return false;
        }
        int elementPosition = input.getPosition();
        try {
            if (input.readByte() == type.getValue() && nameFollows(input, names[index])) {
                return true;
            }
        } catch (RuntimeException truncated) {
            // the reader path reads the same bytes again and fails with its own exception
        }
        documentStart.reset();
        input.skip(elementPosition - documentPosition);
        return false;
    }

    /** Reads the value found by {@link #nextIs} into the entity. */
    void read(BsonInput input, Object entity, int index) {
        rawReader.read(input, entity, index);
    }

    /** Consumes the name's bytes and its NUL while they match; stops at the first difference or NUL. */
    private static boolean nameFollows(BsonInput input, byte[] name) {
        for (byte expected : name) {
            byte actual = input.readByte();
            if (actual != expected || actual == 0) {
                return false;
            }
        }
        return input.readByte() == 0;
    }
}
