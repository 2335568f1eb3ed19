package io.connectmongodb.mapper.internal.codec;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;

/**
 * A Java array (of objects or primitives, except byte[] which is binary) stored as a BSON array.
 * Elements are read into a list first because BSON does not announce the array length.
 */
final class ArrayCodec implements ValueCodec {
    private final Class<?> componentType;
    private final ValueCodec element;

    ArrayCodec(Class<?> componentType, ValueCodec element) {
        this.componentType = componentType;
        this.element = element;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        writer.writeStartArray();
        int length = Array.getLength(value);
        for (int i = 0; i < length; i++) {
            Object item = Array.get(value, i);
            if (item == null) {
                writer.writeNull();
            } else {
                element.write(writer, item);
            }
        }
        writer.writeEndArray();
    }

    @Override
    public Object read(BsonReader reader) {
        List<Object> items = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                if (componentType.isPrimitive()) {
                    throw new IllegalArgumentException("null element in an array of " + componentType.getName());
                }
                items.add(null);
            } else {
                items.add(element.read(reader));
            }
        }
        reader.readEndArray();
        Object array = Array.newInstance(componentType, items.size());
        for (int i = 0; i < items.size(); i++) {
            Array.set(array, i, items.get(i));
        }
        return array;
    }
}
