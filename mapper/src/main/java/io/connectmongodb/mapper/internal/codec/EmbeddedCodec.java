package io.connectmongodb.mapper.internal.codec;

import java.util.function.Supplier;

import org.bson.BsonReader;
import org.bson.BsonWriter;

/**
 * An embedded entity stored as a sub-document. The entity codec is looked up on first use, which
 * lets types refer to themselves (a tree node holding its children).
 */
public final class EmbeddedCodec implements ValueCodec {
    private final Supplier<EntityCodec<?>> codecSupplier;
    private volatile EntityCodec<?> codec;

    public EmbeddedCodec(Supplier<EntityCodec<?>> codecSupplier) {
        this.codecSupplier = codecSupplier;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        codec().writeEntity(writer, value);
    }

    @Override
    public Object read(BsonReader reader) {
        return codec().readEntity(reader);
    }

    private EntityCodec<?> codec() {
        EntityCodec<?> current = codec;
        if (current == null) {
            current = codecSupplier.get();
            codec = current;
        }
        return current;
    }
}
