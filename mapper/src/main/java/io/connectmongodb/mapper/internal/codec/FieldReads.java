package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.PropertyModel;

import org.bson.BsonReader;
import org.bson.BsonType;

/**
 * The read steps that generated entity codecs call ({@link StraightLineCodecGenerator}): numbers
 * read without boxing when the BSON type already matches (other number types go through the same
 * exact conversions as {@link ScalarCodecs}), and the general path through a property's
 * {@link ValueCodec}. Called only when the current value is not BSON null. Public only because
 * generated classes live in the entity's package.
 */
public final class FieldReads {
    private FieldReads() {
    }

    public static int readInt(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.INT32) {
            return reader.readInt32();
        }
        return NumberConversions.toInt(NumberConversions.readNumber(reader));
    }

    public static long readLong(BsonReader reader) {
        BsonType type = reader.getCurrentBsonType();
        if (type == BsonType.INT64) {
            return reader.readInt64();
        }
        if (type == BsonType.INT32) {
            return reader.readInt32();
        }
        return NumberConversions.toLong(NumberConversions.readNumber(reader));
    }

    public static double readDouble(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.DOUBLE) {
            return reader.readDouble();
        }
        return NumberConversions.toDouble(NumberConversions.readNumber(reader));
    }

    /** The value of any property, decoded by its codec. */
    public static Object readValue(BsonReader reader, PropertyModel property) {
        return property.codec().read(reader);
    }

    /** Decodes a property whose setter cannot be called directly and sets it through its accessor. */
    public static void readProperty(BsonReader reader, Object entity, PropertyModel property) {
        property.set(entity, property.codec().read(reader));
    }
}
