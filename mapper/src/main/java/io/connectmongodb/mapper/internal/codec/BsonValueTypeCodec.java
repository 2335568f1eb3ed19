package io.connectmongodb.mapper.internal.codec;

import org.bson.BsonValue;
import org.bson.codecs.BsonValueCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import org.bson.BsonReader;
import org.bson.BsonWriter;

/** A property typed as a {@link BsonValue} (or subtype) holds raw BSON and is copied as is. */
final class BsonValueTypeCodec implements ValueCodec {
    private static final BsonValueCodec CODEC = new BsonValueCodec();
    private static final EncoderContext ENCODE = EncoderContext.builder().build();
    private static final DecoderContext DECODE = DecoderContext.builder().build();

    private final Class<?> declaredType;

    BsonValueTypeCodec(Class<?> declaredType) {
        this.declaredType = declaredType;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        CODEC.encode(writer, (BsonValue) value, ENCODE);
    }

    @Override
    public Object read(BsonReader reader) {
        BsonValue value = CODEC.decode(reader, DECODE);
        if (!declaredType.isInstance(value)) {
            throw new IllegalArgumentException("expected " + declaredType.getSimpleName() + " but found BSON " + value.getBsonType());
        }
        return value;
    }
}
