package io.connectmongodb.mapper.internal.codec;

import java.util.Map;
import java.util.function.Supplier;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;

/** A {@code Map<String, V>} stored as an embedded document whose field names are the keys. */
final class StringMapCodec implements ValueCodec {
    private final ValueCodec valueCodec;
    private final Supplier<Map<String, Object>> factory;

    StringMapCodec(ValueCodec valueCodec, Supplier<Map<String, Object>> factory) {
        this.valueCodec = valueCodec;
        this.factory = factory;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        writer.writeStartDocument();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("map keys must not be null");
            }
            writer.writeName((String) entry.getKey());
            if (entry.getValue() == null) {
                writer.writeNull();
            } else {
                valueCodec.write(writer, entry.getValue());
            }
        }
        writer.writeEndDocument();
    }

    @Override
    public Object read(BsonReader reader) {
        Map<String, Object> result = factory.get();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String key = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                result.put(key, null);
            } else {
                result.put(key, valueCodec.read(reader));
            }
        }
        reader.readEndDocument();
        return result;
    }
}
