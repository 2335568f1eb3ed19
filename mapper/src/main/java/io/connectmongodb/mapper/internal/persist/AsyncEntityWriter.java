package io.connectmongodb.mapper.internal.persist;

import io.connectmongodb.mapper.OptimisticLockException;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.IdGenerator;
import io.connectmongodb.mapper.internal.store.AsyncResults;
import io.connectmongodb.mapper.internal.store.DocumentStore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.bson.BsonDocument;

/**
 * The async form of {@link EntityPersister}'s update, save and delete, on the store's
 * {@code xxxAsync} calls, with the same rules as the synchronous ones.
 *
 * <p>Two phases. On the caller's thread every entity is prepared (callbacks, generated id,
 * timestamps, next version) and validated, and its write is planned; a bad entity therefore
 * fails the call before anything is sent, and no blocking work (such as reserving a Long id)
 * ever runs on the driver's completion threads. Then the planned writes are sent one after the
 * other, each when the previous one has completed, so they apply in the caller's order and the
 * first failure (an {@link OptimisticLockException} when a conditional write matched nothing)
 * stops the rest, as in the synchronous loop.
 */
public final class AsyncEntityWriter<T> {
    private final EntityPersister<T> persister;
    private final DocumentStore store;

    public AsyncEntityWriter(EntityPersister<T> persister) {
        this.persister = persister;
        this.store = persister.store();
    }

    /** Replaces each stored entity with the same id (and version); fails when one is not there. */
    public CompletableFuture<List<T>> updateAll(List<T> entities) {
        List<T> prepared = new ArrayList<>(entities.size());
        List<BsonDocument> filters = new ArrayList<>(entities.size());
        for (T entity : entities) {
            EntityModel<?> model = persister.modelOf(EntityPersister.requireEntity(entity));
            if (IdGenerator.isAbsent(model.id().get(entity))) {
                throw new IllegalArgumentException("cannot update a " + model.type().getSimpleName() + " without an id");
            }
            Object version = model.version() == null ? null : model.version().get(entity);
            T next = persister.prepare(entity, false);
            prepared.add(next);
            filters.add(persister.identityFilter(next, version));
        }
        prepared.forEach(persister::validate);
        List<Supplier<CompletableFuture<?>>> writes = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            writes.add(conditionalReplace(prepared.get(i), filters.get(i)));
        }
        return written(writes, prepared);
    }

    /**
     * Saves each entity as {@link EntityPersister#save} decides: an insert without id (or, when
     * versioned, without version), a replace conditional on the version, else an upsert.
     */
    public CompletableFuture<List<T>> saveAll(List<T> entities) {
        List<T> prepared = new ArrayList<>(entities.size());
        List<Supplier<CompletableFuture<?>>> writes = new ArrayList<>(entities.size());
        for (T entity : entities) {
            EntityModel<?> model = persister.modelOf(EntityPersister.requireEntity(entity));
            Object version = model.version() == null ? null : model.version().get(entity);
            boolean insert = IdGenerator.isAbsent(model.id().get(entity))
                    || (model.version() != null && (version == null || ((Number) version).longValue() == 0L));
            if (insert) {
                T next = persister.prepare(entity, true);
                prepared.add(next);
                writes.add(() -> AsyncResults.map(store.insertAsync(List.of(persister.document(next))), done -> next));
            } else if (model.version() != null) {
                T next = persister.prepare(entity, false);
                prepared.add(next);
                writes.add(conditionalReplace(next, persister.identityFilter(next, version)));
            } else {
                T next = persister.prepare(entity, model.createdAt() != null && model.createdAt().get(entity) == null);
                prepared.add(next);
                writes.add(() -> AsyncResults.map(store.replaceOneAsync(persister.identityFilter(next, null),
                        persister.document(next), true), matched -> next));
            }
        }
        prepared.forEach(persister::validate);
        return written(writes, prepared);
    }

    /** Deletes each stored entity with its id (and version); fails when one is not there. Completes with the count. */
    public CompletableFuture<Long> deleteAll(List<T> entities) {
        List<Supplier<CompletableFuture<?>>> writes = new ArrayList<>(entities.size());
        for (T entity : entities) {
            EntityModel<?> model = persister.modelOf(EntityPersister.requireEntity(entity));
            model.callbacks().preRemove().invoke(entity);
            BsonDocument filter = persister.identityFilter(entity, model.version() == null ? null : model.version().get(entity));
            writes.add(() -> AsyncResults.map(store.deleteAsync(filter, false), deleted -> {
                if (deleted == 0) {
                    throw new OptimisticLockException("no " + model.type().getSimpleName() + " matches " + filter.toJson()
                            + ": it was already deleted or changed by another writer");
                }
                return deleted;
            }));
        }
        return AsyncResults.map(inOrder(writes, 0), done -> (long) entities.size());
    }

    private Supplier<CompletableFuture<?>> conditionalReplace(T entity, BsonDocument filter) {
        return () -> AsyncResults.map(store.replaceOneAsync(filter, persister.document(entity), false), matched -> {
            if (matched == 0) {
                throw new OptimisticLockException("no " + entity.getClass().getSimpleName() + " matches " + filter.toJson()
                        + ": it was deleted or changed by another writer");
            }
            return entity;
        });
    }

    private CompletableFuture<List<T>> written(List<Supplier<CompletableFuture<?>>> writes, List<T> prepared) {
        return AsyncResults.map(inOrder(writes, 0), done -> {
            prepared.forEach(persister::postPersist);
            return prepared;
        });
    }

    /** Starts write {@code index} and, when it completes, the next one. */
    private static CompletableFuture<Void> inOrder(List<Supplier<CompletableFuture<?>>> writes, int index) {
        if (index == writes.size()) {
            return CompletableFuture.completedFuture(null);
        }
        return AsyncResults.compose(writes.get(index).get(), done -> inOrder(writes, index + 1));
    }
}
