package io.connectmongodb.mapper.internal.codec;

import java.util.Optional;

import org.bson.BsonReader;
import org.bson.BsonWriter;

/** {@code Optional<X>}: an empty Optional (or null) is not written; a missing field reads as empty. */
final class OptionalCodec implements ValueCodec {
    private final ValueCodec element;

    OptionalCodec(ValueCodec element) {
        this.element = element;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        element.write(writer, ((Optional<?>) value).get());
    }

    @Override
    public Object read(BsonReader reader) {
        return Optional.of(element.read(reader));
    }

    @Override
    public Object absentValue() {
        return Optional.empty();
    }

    @Override
    public boolean isAbsent(Object value) {
        return value == null || ((Optional<?>) value).isEmpty();
    }
}
