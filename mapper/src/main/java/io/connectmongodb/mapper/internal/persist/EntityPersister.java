package io.connectmongodb.mapper.internal.persist;

import io.connectmongodb.mapper.OptimisticLockException;
import io.connectmongodb.mapper.internal.codec.BsonValues;
import io.connectmongodb.mapper.internal.codec.EntityCodec;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.model.IdGenerator;
import io.connectmongodb.mapper.internal.model.PropertyModel;
import io.connectmongodb.mapper.internal.store.AsyncResults;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Writes whole entities of one collection: insert, update, save (upsert) and delete.
 *
 * <p>Every write first prepares each entity: {@code @PrePersist} callbacks, then a generated id
 * when absent (Long ids from the collection's sequence through {@link LongIdAllocator}), audit timestamps ({@code @CreatedAt} on insert, {@code @UpdatedAt} always) and the
 * next {@code @Version}; records get these through a copy, which is what the methods return.
 * Then Bean Validation runs on every entity of the call, and only if all pass is anything sent.
 *
 * <p>Versioned entities are written conditionally: the filter matches the id and the version the
 * caller holds, and the stored version becomes one more. Matching nothing means another writer
 * won (or the document is gone): {@link OptimisticLockException}. Inserts start versions at 1.
 */
public final class EntityPersister<T> {
    private final EntityModels models;
    private final EntityCodec<T> codec;
    private final EntityValidator validator;
    private final DocumentStore store;
    private final Clock clock;
    private final LongIdAllocator longIds;

    public EntityPersister(EntityModels models, Class<T> type, EntityValidator validator, DocumentStore store, Clock clock,
                           LongIdAllocator longIds) {
        this.models = models;
        this.longIds = longIds;
        this.codec = models.codec(type);
        this.validator = validator;
        this.store = store;
        this.clock = clock;
    }

    public T insert(T entity) {
        return insertAll(List.of(requireEntity(entity))).get(0);
    }

    public List<T> insertAll(List<T> entities) {
        List<T> prepared = prepareInsert(entities);
        store.insert(documents(prepared));
        prepared.forEach(this::postPersist);
        return prepared;
    }

    /**
     * {@link #insertAll} on the store's async call: preparation and validation run on the
     * caller's thread (so invalid entities fail before anything is sent), the insert and the
     * {@code @PostPersist} callbacks when the driver answers.
     */
    public CompletableFuture<List<T>> insertAllAsync(List<T> entities) {
        List<T> prepared = prepareInsert(entities);
        return AsyncResults.map(store.insertAsync(documents(prepared)), ignored -> {
            prepared.forEach(this::postPersist);
            return prepared;
        });
    }

    private List<T> prepareInsert(List<T> entities) {
        List<T> prepared = new ArrayList<>(entities.size());
        for (T entity : entities) {
            prepared.add(prepare(requireEntity(entity), true));
        }
        prepared.forEach(validator::validate);
        return prepared;
    }

    private List<BsonDocument> documents(List<T> prepared) {
        List<BsonDocument> documents = new ArrayList<>(prepared.size());
        for (T entity : prepared) {
            documents.add(BsonValues.stored(codec, entity));
        }
        return documents;
    }

    /** Replaces the stored entity with the same id (and version); fails when there is none. */
    public T update(T entity) {
        return updateAll(List.of(requireEntity(entity))).get(0);
    }

    public List<T> updateAll(List<T> entities) {
        List<Object> versions = new ArrayList<>();
        List<T> prepared = new ArrayList<>();
        for (T entity : entities) {
            EntityModel<?> model = modelOf(requireEntity(entity));
            if (IdGenerator.isAbsent(model.id().get(entity))) {
                throw new IllegalArgumentException("cannot update a " + model.type().getSimpleName() + " without an id");
            }
            versions.add(model.version() == null ? null : model.version().get(entity));
            prepared.add(prepare(entity, false));
        }
        prepared.forEach(validator::validate);
        for (int i = 0; i < prepared.size(); i++) {
            T entity = prepared.get(i);
            BsonDocument filter = identityFilter(entity, versions.get(i));
            if (store.replaceOne(filter, BsonValues.stored(codec, entity), false) == 0) {
                throw new OptimisticLockException("no " + entity.getClass().getSimpleName() + " matches " + filter.toJson()
                        + ": it was deleted or changed by another writer");
            }
            postPersist(entity);
        }
        return prepared;
    }

    /**
     * Inserts an entity without id (or, when versioned, without version), otherwise replaces the
     * stored one: conditionally on the version when versioned, else as an upsert.
     */
    public T save(T entity) {
        EntityModel<?> model = modelOf(requireEntity(entity));
        Object id = model.id().get(entity);
        if (IdGenerator.isAbsent(id)) {
            return insert(entity);
        }
        if (model.version() != null) {
            Object version = model.version().get(entity);
            if (version == null || ((Number) version).longValue() == 0L) {
                return insert(entity);
            }
            return update(entity);
        }
        T prepared = prepare(entity, model.createdAt() != null && model.createdAt().get(entity) == null);
        validator.validate(prepared);
        store.replaceOne(identityFilter(prepared, null), BsonValues.stored(codec, prepared), true);
        postPersist(prepared);
        return prepared;
    }

    public List<T> saveAll(List<T> entities) {
        List<T> result = new ArrayList<>(entities.size());
        for (T entity : entities) {
            result.add(save(entity));
        }
        return result;
    }

    /** Deletes the stored entity with this id (and version); fails when it is not there. */
    public void delete(T entity) {
        EntityModel<?> model = modelOf(requireEntity(entity));
        model.callbacks().preRemove().invoke(entity);
        BsonDocument filter = identityFilter(entity, model.version() == null ? null : model.version().get(entity));
        if (store.delete(filter, false) == 0) {
            throw new OptimisticLockException("no " + model.type().getSimpleName() + " matches " + filter.toJson()
                    + ": it was already deleted or changed by another writer");
        }
    }

    void validate(T entity) {
        validator.validate(entity);
    }

    BsonDocument document(T entity) {
        return BsonValues.document(codec, entity);
    }

    DocumentStore store() {
        return store;
    }

    /** The filter on the id, and on {@code version} when the entity is versioned. */
    public BsonDocument identityFilter(T entity, Object version) {
        EntityModel<?> model = modelOf(entity);
        BsonDocument filter = new BsonDocument("_id", idValue(model, model.id().get(entity)));
        if (model.version() != null) {
            filter.append(model.version().fieldName(), BsonValues.of(model.version().codec(), version));
        }
        return filter;
    }

    public BsonValue idValue(EntityModel<?> model, Object id) {
        return BsonValues.of(model.id().codec(), id);
    }

    T prepare(T entity, boolean inserting) {
        EntityModel<?> model = modelOf(entity);
        model.callbacks().prePersist().invoke(entity);
        boolean generatesId = inserting && IdGenerator.isAbsent(model.id().get(entity));
        if (!generatesId && (model.createdAt() == null || !inserting) && model.updatedAt() == null
                && model.version() == null) {
            return entity; // nothing to set: no map, no clock reading
        }
        Map<PropertyModel, Object> changes = new HashMap<>();
        if (generatesId) {
            changes.put(model.id(), IdGenerator.isLong(model) ? (Object) longIds.next(model.collectionName())
                    : IdGenerator.generate(model));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (model.createdAt() != null && inserting) {
            changes.put(model.createdAt(), timestamp(model.createdAt().rawType(), now));
        }
        if (model.updatedAt() != null) {
            changes.put(model.updatedAt(), timestamp(model.updatedAt().rawType(), now));
        }
        if (model.version() != null) {
            changes.put(model.version(), nextVersion(model.version(), model.version().get(entity), inserting));
        }
        return apply(model, entity, changes);
    }

    @SuppressWarnings("unchecked")
    private T apply(EntityModel<?> model, T entity, Map<PropertyModel, Object> changes) {
        if (changes.isEmpty()) {
            return entity;
        }
        for (PropertyModel property : changes.keySet()) {
            if (!model.canSetInPlace(property)) {
                return (T) ((EntityModel<Object>) model).copyWith(entity, changes);
            }
        }
        changes.forEach((property, value) -> property.set(entity, value));
        return entity;
    }

    private static Object nextVersion(PropertyModel version, Object current, boolean inserting) {
        long value = current == null ? 0L : ((Number) current).longValue();
        long next = inserting && value != 0L ? value : value + 1;
        Class<?> type = version.rawType();
        return type == int.class || type == Integer.class ? (Object) Math.toIntExact(next) : (Object) next;
    }

    private static Object timestamp(Class<?> type, Instant now) {
        if (type == Instant.class) {
            return now;
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }
        return Date.from(now);
    }

    void postPersist(T entity) {
        modelOf(entity).callbacks().postPersist().invoke(entity);
    }

    EntityModel<?> modelOf(Object entity) {
        return models.model(entity.getClass());
    }

    static <E> E requireEntity(E entity) {
        if (entity == null) {
            throw new IllegalArgumentException("entity must not be null");
        }
        return entity;
    }
}
