package io.connectmongodb.mapper.internal.codec;

import org.bson.BsonReader;
import org.bson.BsonWriter;

/**
 * Writes and reads one Java value as one BSON value. Built once per property type when an entity
 * is analysed; {@link #read} is called only when the current BSON value is not {@code null}.
 */
public interface ValueCodec {

    void write(BsonWriter writer, Object value);

    Object read(BsonReader reader);

    /** The Java value of a missing or {@code null} field: {@code null}, zero for primitives, empty for Optional. */
    default Object absentValue() {
        return null;
    }

    /** Whether this value is not written at all (null, or an empty Optional). */
    default boolean isAbsent(Object value) {
        return value == null;
    }
}
