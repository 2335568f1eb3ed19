package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.PropertyModel;

import org.bson.BsonWriter;
import org.bson.types.ObjectId;

/**
 * The write steps that generated entity codecs call ({@link StraightLineCodecGenerator}): a typed
 * write of one named field that leaves out null values, and the general path through a property's
 * accessor and {@link ValueCodec}. Public only because generated classes live in the entity's
 * package.
 */
public final class FieldWrites {
    private FieldWrites() {
    }

    public static void writeString(BsonWriter writer, String name, String value) {
        if (value != null) {
            writer.writeString(name, value);
        }
    }

    public static void writeObjectId(BsonWriter writer, String name, ObjectId value) {
        if (value != null) {
            writer.writeObjectId(name, value);
        }
    }

    public static void writeInt32(BsonWriter writer, String name, Integer value) {
        if (value != null) {
            writer.writeInt32(name, value);
        }
    }

    public static void writeInt64(BsonWriter writer, String name, Long value) {
        if (value != null) {
            writer.writeInt64(name, value);
        }
    }

    public static void writeDouble(BsonWriter writer, String name, Double value) {
        if (value != null) {
            writer.writeDouble(name, value);
        }
    }

    public static void writeBoolean(BsonWriter writer, String name, Boolean value) {
        if (value != null) {
            writer.writeBoolean(name, value);
        }
    }

    /** Any property, read through its accessor and written by its codec unless absent. */
    public static void writeProperty(BsonWriter writer, PropertyModel property, Object entity) {
        Object value = property.get(entity);
        if (property.codec().isAbsent(value)) {
            return;
        }
        writer.writeName(property.fieldName());
        try {
            property.codec().write(writer, value);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("cannot encode property '" + property.name() + "' of "
                    + entity.getClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
