package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.codec.EntityCodec;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.model.PropertyModel;
import io.connectmongodb.mapper.internal.store.DocumentCursor;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.store.FindQuery;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.codecs.DecoderContext;

/**
 * Loads the entities referenced by one batch of documents with a single {@code $in} query per
 * referenced collection, never one query per document. It walks the stored documents (not the
 * decoded entities) along the model's non-lazy {@code @Reference} properties, including those
 * inside embedded types, collects the distinct ids per referenced type, fetches each type once,
 * and returns them by type and id for {@code ReferenceScope}. Entities loaded this way have their
 * own references as id-only instances (one level is loaded).
 */
final class ReferenceLoader {
    private final EntityModels models;
    private final Function<Class<?>, DocumentStore> stores;

    ReferenceLoader(EntityModels models, Function<Class<?>, DocumentStore> stores) {
        this.models = models;
        this.stores = stores;
    }

    static boolean hasEagerReferences(EntityModels models, EntityModel<?> model) {
        return hasEagerReferences(models, model, new java.util.HashSet<>());
    }

    private static boolean hasEagerReferences(EntityModels models, EntityModel<?> model, Set<Class<?>> seen) {
        if (!seen.add(model.type())) {
            return false;
        }
        for (Class<?> subtype : model.subtypesByDiscriminator().values()) {
            if (subtype != model.type() && hasEagerReferences(models, models.model(subtype), seen)) {
                return true;
            }
        }
        for (PropertyModel property : model.properties()) {
            if (property.reference() != null && !property.reference().lazy()) {
                return true;
            }
            if (property.reference() == null && property.embeddedType() != null
                    && hasEagerReferences(models, models.model(property.embeddedType()), seen)) {
                return true;
            }
        }
        return false;
    }

    Map<Class<?>, Map<Object, Object>> load(EntityModel<?> model, List<BsonDocument> documents) {
        Map<Class<?>, Set<BsonValue>> ids = new LinkedHashMap<>();
        for (BsonDocument document : documents) {
            collect(model, document, ids);
        }
        Map<Class<?>, Map<Object, Object>> loaded = new HashMap<>();
        for (Map.Entry<Class<?>, Set<BsonValue>> entry : ids.entrySet()) {
            EntityModel<?> target = models.model(entry.getKey());
            EntityCodec<?> codec = models.codec(entry.getKey());
            Map<Object, Object> byId = new HashMap<>();
            BsonDocument filter = new BsonDocument("_id", new BsonDocument("$in", new BsonArray(List.copyOf(entry.getValue()))));
            try (DocumentCursor cursor = stores.apply(entry.getKey()).find(FindQuery.of(filter))) {
                while (cursor.hasNext()) {
                    Object entity = codec.decode(new BsonDocumentReader(cursor.next()), DecoderContext.builder().build());
                    byId.put(target.id().get(entity), entity);
                }
            }
            loaded.put(entry.getKey(), byId);
        }
        return loaded;
    }

    private void collect(EntityModel<?> model, BsonDocument document, Map<Class<?>, Set<BsonValue>> ids) {
        EntityModel<?> concrete = concrete(model, document);
        for (PropertyModel property : concrete.properties()) {
            BsonValue value = document.get(property.fieldName());
            if (value == null || value.isNull()) {
                continue;
            }
            if (property.reference() != null) {
                if (!property.reference().lazy()) {
                    Set<BsonValue> target = ids.computeIfAbsent(property.reference().targetType(), t -> new LinkedHashSet<>());
                    if (value.isArray()) {
                        value.asArray().forEach(id -> {
                            if (!id.isNull()) {
                                target.add(id);
                            }
                        });
                    } else {
                        target.add(value);
                    }
                }
            } else if (property.embeddedType() != null) {
                EntityModel<?> embedded = models.model(property.embeddedType());
                if (value.isDocument() && !isStringMap(property)) {
                    collect(embedded, value.asDocument(), ids);
                } else if (value.isArray()) {
                    value.asArray().forEach(item -> {
                        if (item.isDocument()) {
                            collect(embedded, item.asDocument(), ids);
                        }
                    });
                } else if (value.isDocument()) {
                    value.asDocument().values().forEach(item -> {
                        if (item.isDocument()) {
                            collect(embedded, item.asDocument(), ids);
                        }
                    });
                }
            }
        }
    }

    private EntityModel<?> concrete(EntityModel<?> model, BsonDocument document) {
        if (model.subtypesByDiscriminator().isEmpty()) {
            return model;
        }
        BsonValue discriminator = document.get(model.discriminatorKey());
        Class<?> type = discriminator != null && discriminator.isString()
                ? model.subtypesByDiscriminator().get(discriminator.asString().getValue()) : null;
        return type == null ? model : models.model(type);
    }

    private static boolean isStringMap(PropertyModel property) {
        return Map.class.isAssignableFrom(property.rawType());
    }
}
