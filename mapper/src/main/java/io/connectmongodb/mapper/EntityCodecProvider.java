package io.connectmongodb.mapper;

import io.connectmongodb.mapper.internal.model.EntityModels;

import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * Supplies the generated codec of every class annotated {@code @Entity} or {@code @Document}
 * (or extending/implementing one that is), so a driver {@code MongoCollection<MyEntity>} reads and
 * writes entities directly. Put it before the default providers:
 * {@code CodecRegistries.fromRegistries(CodecRegistries.fromProviders(new EntityCodecProvider()), defaults)}.
 * Each class is analysed once, on first request; a class that cannot be mapped fails then with
 * {@link EntityMappingException}.
 */
public final class EntityCodecProvider implements CodecProvider {
    private final EntityModels models;

    public EntityCodecProvider() {
        this(new EntityModels());
    }

    EntityCodecProvider(EntityModels models) {
        this.models = models;
    }

    @Override
    public <T> Codec<T> get(Class<T> clazz, CodecRegistry registry) {
        return EntityModels.isEntity(clazz) ? models.codec(clazz) : null;
    }
}
