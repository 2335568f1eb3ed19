package io.connectmongodb.mapper.internal.store;

import io.connectmongodb.mapper.internal.codec.EntityDocument;

import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;

import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Writes an {@link EntityDocument} with its entity's generated codec, for the document store's
 * write-only collection view. Nothing is ever read through that view, so decoding is refused.
 */
public final class EntityDocumentCodec implements Codec<EntityDocument> {
    @Override
    public void encode(BsonWriter writer, EntityDocument value, EncoderContext encoderContext) {
        value.writeTo(writer);
    }

    @Override
    public EntityDocument decode(BsonReader reader, DecoderContext decoderContext) {
        throw new MongoUnsupportedFeatureException("entity documents are only written; read entities with their EntityCodec");
    }

    @Override
    public Class<EntityDocument> getEncoderClass() {
        return EntityDocument.class;
    }
}
