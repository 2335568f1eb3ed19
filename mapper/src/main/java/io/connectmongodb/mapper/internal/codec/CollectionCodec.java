package io.connectmongodb.mapper.internal.codec;

import java.util.Collection;
import java.util.function.Supplier;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;

/** A List, Set or other Collection stored as a BSON array; null elements are kept as BSON null. */
final class CollectionCodec implements ValueCodec {
    private final ValueCodec element;
    private final Supplier<Collection<Object>> factory;

    CollectionCodec(ValueCodec element, Supplier<Collection<Object>> factory) {
        this.element = element;
        this.factory = factory;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        writer.writeStartArray();
        for (Object item : (Iterable<?>) value) {
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
        Collection<Object> result = factory.get();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                result.add(null);
            } else {
                result.add(element.read(reader));
            }
        }
        reader.readEndArray();
        return result;
    }
}
