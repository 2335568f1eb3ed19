package io.connectmongodb.mapper.internal.codec;

import java.util.HashMap;
import java.util.Map;

import org.bson.BsonReader;
import org.bson.BsonWriter;

/** An enum constant stored as its name; the name-to-constant table is built once per enum type. */
final class EnumCodec implements ValueCodec {
    private final Class<?> enumType;
    private final Map<String, Object> constants = new HashMap<>();

    EnumCodec(Class<?> enumType) {
        this.enumType = enumType;
        for (Object constant : enumType.getEnumConstants()) {
            constants.put(((Enum<?>) constant).name(), constant);
        }
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        writer.writeString(((Enum<?>) value).name());
    }

    @Override
    public Object read(BsonReader reader) {
        String name = reader.readString();
        Object constant = constants.get(name);
        if (constant == null) {
            throw new IllegalArgumentException("\"" + name + "\" is not a constant of " + enumType.getName());
        }
        return constant;
    }
}
