package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.EntityModel;

import java.util.Map;
import java.util.function.Supplier;

import org.bson.BsonReader;
import org.bson.BsonWriter;

/**
 * A {@code @Reference} to another entity, stored as that entity's id. Reading returns the entity
 * loaded for the current batch by the repository (see {@link ReferenceScope}); outside a scope,
 * or for lazy references, it returns an id-only instance (every other property absent) that
 * the caller loads through the referenced entity's repository when needed.
 */
public final class ReferenceCodec implements ValueCodec {
    private final Supplier<EntityModel<?>> target;
    private final boolean lazy;

    public ReferenceCodec(Supplier<EntityModel<?>> target, boolean lazy) {
        this.target = target;
        this.lazy = lazy;
    }

    @Override
    public void write(BsonWriter writer, Object value) {
        EntityModel<?> model = target.get();
        Object id = model.id().get(value);
        if (id == null) {
            throw new IllegalArgumentException("a referenced " + model.type().getSimpleName()
                    + " has no id; save it before saving the entity that refers to it");
        }
        model.id().codec().write(writer, id);
    }

    @Override
    public Object read(BsonReader reader) {
        EntityModel<?> model = target.get();
        Object id = model.id().codec().read(reader);
        Map<Class<?>, Map<Object, Object>> loaded = lazy ? null : ReferenceScope.current();
        if (loaded != null) {
            Map<Object, Object> byId = loaded.get(model.type());
            if (byId != null) {
                return byId.get(id);
            }
        }
        Object[] values = model.newValueArray();
        values[model.id().index()] = id;
        return model.instantiate(values);
    }
}
