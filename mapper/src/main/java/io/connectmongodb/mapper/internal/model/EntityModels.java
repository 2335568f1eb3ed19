package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.internal.access.AccessorGenerator;
import io.connectmongodb.mapper.internal.codec.EntityCodec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models and codecs of every class a mapper has seen, each analysed once.
 *
 * <p>Analysing a class also analyses every class reachable from it (embedded types, subtypes,
 * referenced entities) before anything is published, so a bad nested type fails on first sight of
 * the outer class, and a failed analysis leaves no half-built model behind. Analysis is serialised
 * (it happens once per class); lookups of published models are lock-free.
 */
public final class EntityModels {
    private final Map<Class<?>, EntityModel<?>> models = new ConcurrentHashMap<>();
    private final Map<Class<?>, EntityCodec<?>> codecs = new ConcurrentHashMap<>();
    private final EntityAnalyzer analyzer = new EntityAnalyzer(this, new AccessorGenerator());

    /** Whether the class (or an ancestor) is annotated {@code @Entity}/{@code @Document}. */
    public static boolean isEntity(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && TypeMapping.isEmbeddable(type) && Hierarchy.collectionName(type) != null;
    }

    @SuppressWarnings("unchecked")
    public <T> EntityModel<T> model(Class<T> type) {
        EntityModel<?> model = models.get(type);
        if (model != null) {
            return (EntityModel<T>) model;
        }
        synchronized (this) {
            return (EntityModel<T>) analyzeWithDependencies(type);
        }
    }

    @SuppressWarnings("unchecked")
    public <T> EntityCodec<T> codec(Class<T> type) {
        EntityCodec<?> codec = codecs.get(type);
        if (codec == null) {
            EntityModel<T> model = model(type);
            codec = codecs.computeIfAbsent(type, t -> new EntityCodec<>(model, this::codecOf));
        }
        return (EntityCodec<T>) codec;
    }

    private EntityCodec<?> codecOf(Class<?> type) {
        return codec(type);
    }

    private EntityModel<?> analyzeWithDependencies(Class<?> type) {
        EntityModel<?> existing = models.get(type);
        if (existing != null) {
            return existing;
        }
        Map<Class<?>, EntityModel<?>> fresh = new LinkedHashMap<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (!models.containsKey(next) && !fresh.containsKey(next)) {
                fresh.put(next, analyzer.analyze(next, pending::add));
            }
        }
        models.putAll(fresh);
        return models.get(type);
    }
}
