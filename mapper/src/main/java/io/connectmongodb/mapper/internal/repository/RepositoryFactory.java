package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.internal.access.AccessorGenerator;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.persist.EntityPersister;
import io.connectmongodb.mapper.internal.query.ArgumentValues;
import io.connectmongodb.mapper.internal.query.DerivedQueryParser;
import io.connectmongodb.mapper.internal.query.FilterBuilder;
import io.connectmongodb.mapper.internal.query.PropertyPaths;
import io.connectmongodb.mapper.internal.query.jdql.JdqlTranslator;
import io.connectmongodb.mapper.internal.persist.LongIdAllocator;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Implements repository interfaces at run time. The entity type comes from the
 * {@code DataRepository<T, K>} type argument, or else from the entity types the methods use.
 * Every abstract method is analysed up front by {@link MethodAnalyzer}; if any cannot be
 * implemented, creation fails listing each such method and why. ByteBuddy then generates a class
 * (in the interface's package) whose methods each pass their arguments straight to the prepared
 * {@link RepositoryMethod}; default methods are inherited unchanged.
 */
public final class RepositoryFactory {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Method INVOKE;

    static {
        try {
            INVOKE = RepositoryMethod.class.getMethod("invoke", Object[].class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EntityModels models;
    private final EntityValidator validator;
    private final Function<Class<?>, DocumentStore> stores;
    private final Clock clock;
    private final LongIdAllocator longIds;
    private final int batchSize;
    private final AccessorGenerator generator = new AccessorGenerator();
    private final ByteBuddy byteBuddy = new ByteBuddy();

    public RepositoryFactory(EntityModels models, EntityValidator validator, Function<Class<?>, DocumentStore> stores,
                             Clock clock, LongIdAllocator longIds, int batchSize) {
        this.longIds = longIds;
        this.models = models;
        this.validator = validator;
        this.stores = stores;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** The entity type a repository interface works with. */
    public Class<?> entityType(Class<?> repository) {
        Class<?> declared = declaredEntityType(repository);
        if (declared != null) {
            return declared;
        }
        Set<Class<?>> used = new LinkedHashSet<>();
        for (Method method : repository.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            for (Class<?> parameter : method.getParameterTypes()) {
                addEntity(parameter.isArray() ? parameter.getComponentType() : parameter, used);
            }
            ResultShape shape = ResultShape.of(method.getGenericReturnType());
            if (shape.elementType() != null) {
                addEntity(shape.elementType(), used);
            }
        }
        if (used.size() != 1) {
            throw new RepositoryDefinitionException(repository.getName() + ": cannot tell its entity type; "
                    + (used.isEmpty() ? "no method uses an @Entity class" : "its methods use several: " + used)
                    + ". Extend DataRepository<Entity, Id> (or BasicRepository/CrudRepository)");
        }
        return used.iterator().next();
    }

    @SuppressWarnings("unchecked")
    public <R> R create(Class<R> repository) {
        if (!repository.isInterface()) {
            throw new RepositoryDefinitionException(repository.getName() + " is not an interface");
        }
        if (!repository.isAnnotationPresent(Repository.class)) {
            throw new RepositoryDefinitionException(repository.getName() + " is not annotated @jakarta.data.repository.Repository");
        }
        Class<Object> entityType = (Class<Object>) entityType(repository);
        RepositoryContext context = context(entityType);
        MethodAnalyzer analyzer = new MethodAnalyzer(context);
        Map<Method, RepositoryMethod> handlers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Method method : abstractMethods(repository)) {
            try {
                handlers.put(method, analyzer.analyze(method));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RepositoryDefinitionException("cannot implement " + repository.getName() + ":\n  - "
                    + String.join("\n  - ", problems));
        }
        DynamicType.Builder<?> builder = byteBuddy.subclass(Object.class)
                .name(repository.getName() + "$$CmRepository$" + SEQUENCE.incrementAndGet())
                .implement(repository);
        for (Map.Entry<Method, RepositoryMethod> entry : handlers.entrySet()) {
            Method method = entry.getKey();
            builder = builder.method(ElementMatchers.named(method.getName())
                            .and(ElementMatchers.takesArguments(method.getParameterCount()))
                            .and(target -> declaredErasures(target).equals(java.util.Arrays.stream(method.getParameterTypes()).map(Class::getName).toList())))
                    .intercept(MethodCall.invoke(INVOKE).on(entry.getValue(), RepositoryMethod.class)
                            .withArgumentArray().withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(repository, MethodHandles.lookup());
            Class<?> type = builder.make().load(repository.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup)).getLoaded();
            return repository.cast(type.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new RepositoryDefinitionException("cannot generate the implementation of " + repository.getName()
                    + ": " + e.getMessage(), e);
        }
    }

    private RepositoryContext context(Class<Object> entityType) {
        EntityModel<Object> model = models.model(entityType);
        if (model.collectionName() == null) {
            throw new RepositoryDefinitionException(entityType.getName() + " is not an @Entity/@Document, so it has no collection");
        }
        DocumentStore store = stores.apply(entityType);
        PropertyPaths paths = new PropertyPaths(models);
        ArgumentValues values = new ArgumentValues(models);
        ReferenceLoader references = new ReferenceLoader(models, stores);
        ResultReader reader = new ResultReader(model, models.codec(entityType), references,
                ReferenceLoader.hasEagerReferences(models, model), batchSize);
        return new RepositoryContext(models, model, store, new EntityPersister<>(models, entityType, validator, store, clock, longIds),
                paths, values, new FilterBuilder(values), new DerivedQueryParser(paths), new JdqlTranslator(values),
                new QueryExecutor(model, store, reader, paths), reader, generator);
    }

    /** Abstract methods, one per signature, preferring the most specific declaration. */
    private static List<Method> abstractMethods(Class<?> repository) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        for (Method method : repository.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String signature = method.getName() + java.util.Arrays.toString(method.getParameterTypes());
            Method existing = bySignature.get(signature);
            if (existing == null || existing.getDeclaringClass().isAssignableFrom(method.getDeclaringClass())) {
                bySignature.put(signature, method);
            }
        }
        return new ArrayList<>(bySignature.values());
    }

    /** The erased parameter types as declared, before generics are resolved against the repository interface. */
    private static List<String> declaredErasures(net.bytebuddy.description.method.MethodDescription target) {
        return target.asDefined().getParameters().asTypeList().asErasures().stream().map(t -> t.getName()).toList();
    }

    private static Class<?> declaredEntityType(Class<?> type) {
        for (Type supertype : type.getGenericInterfaces()) {
            if (supertype instanceof ParameterizedType parameterized
                    && DataRepository.class.isAssignableFrom((Class<?>) parameterized.getRawType())
                    && parameterized.getRawType().getTypeName().startsWith("jakarta.data.")) {
                Type argument = parameterized.getActualTypeArguments()[0];
                if (argument instanceof Class<?> entity) {
                    return entity;
                }
                throw new RepositoryDefinitionException(type.getName() + " must give its entity class as the first type "
                        + "argument of " + ((Class<?>) parameterized.getRawType()).getSimpleName());
            }
            Class<?> raw = supertype instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                    : (Class<?>) supertype;
            Class<?> inherited = declaredEntityType(raw);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static void addEntity(Class<?> type, Set<Class<?>> used) {
        if (EntityModels.isEntity(type)) {
            used.add(type);
        }
    }
}
