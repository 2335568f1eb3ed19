package io.connectmongodb.mapper;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.error.MongoConfigurationException;
import io.connectmongodb.mapper.internal.index.IndexPlanner;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.persist.EntityPersister;
import io.connectmongodb.mapper.internal.persist.LongIdAllocator;
import io.connectmongodb.mapper.internal.repository.RepositoryFactory;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.store.DriverDocumentStore;
import io.connectmongodb.mapper.internal.store.DriverSequenceStore;
import io.connectmongodb.mapper.internal.tx.CallbackTransaction;
import io.connectmongodb.mapper.internal.tx.ExplicitTransaction;
import io.connectmongodb.mapper.internal.tx.SessionBinding;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * The mapper's entry point, bound to one database: entity collections with generated codecs,
 * generated Jakarta Data repositories, whole-entity writes with Bean Validation, and index
 * creation from annotations. Thread-safe; create one per database and close it at the end.
 *
 * <pre>{@code
 * Mapper mapper = Mapper.builder(client, "app").entities(User.class).build();
 * UserRepository users = mapper.repository(UserRepository.class);
 * mapper.inTransaction(tx -> users.save(user));
 * }</pre>
 *
 * <p>Transactions need the client (to start sessions), so build with
 * {@link #builder(MongoClient, String)}; a mapper built on a database alone refuses them.
 */
public final class Mapper implements AutoCloseable {
    private final MongoDatabase database;
    private final MongoClient client;
    private final SessionBinding sessions = new SessionBinding();
    private final EntityModels models = new EntityModels();
    private final EntityCodecProvider codecProvider = new EntityCodecProvider(models);
    private final CodecRegistry codecRegistry;
    private final EntityValidator validator;
    private final Clock clock;
    private final Map<Class<?>, DocumentStore> stores = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> repositories = new ConcurrentHashMap<>();
    private final Set<Class<?>> entities = ConcurrentHashMap.newKeySet();
    private final RepositoryFactory repositoryFactory;
    private final LongIdAllocator longIds;

    private Mapper(Builder builder) {
        this.database = builder.database;
        this.client = builder.client;
        this.validator = builder.validation ? EntityValidator.enabled(builder.validationGroups) : EntityValidator.disabled();
        this.clock = builder.clock;
        this.codecRegistry = CodecRegistries.fromRegistries(CodecRegistries.fromProviders(codecProvider), database.getCodecRegistry());
        this.longIds = new LongIdAllocator(new DriverSequenceStore(
                database.getCollection(DriverSequenceStore.COLLECTION_NAME, BsonDocument.class)), builder.longIdBlockSize);
        this.repositoryFactory = new RepositoryFactory(models, validator, this::store, clock, longIds, builder.batchSize);
        for (Class<?> entity : builder.entities) {
            register(entity);
        }
        if (builder.createIndexes) {
            ensureIndexes();
        }
    }

    public static Builder builder(MongoDatabase database) {
        if (database == null) {
            throw new IllegalArgumentException("database must not be null");
        }
        return new Builder(database, null);
    }

    /** A mapper on database {@code databaseName} of {@code client}, able to run transactions. */
    public static Builder builder(MongoClient client, String databaseName) {
        if (client == null) {
            throw new IllegalArgumentException("client must not be null");
        }
        if (databaseName == null || databaseName.isEmpty()) {
            throw new IllegalArgumentException("databaseName must not be null or empty");
        }
        return new Builder(client.getDatabase(databaseName), client);
    }

    /** The database's codecs plus the generated entity codecs. */
    public CodecRegistry codecRegistry() {
        return codecRegistry;
    }

    /** A driver collection of entities, decoded and encoded by the generated codec. */
    public <T> MongoCollection<T> collection(Class<T> entityType) {
        EntityModel<T> model = register(entityType);
        return database.withCodecRegistry(codecRegistry).getCollection(model.collectionName(), entityType);
    }

    /** The generated implementation of a {@code @Repository} interface (one per interface, created on first request). */
    public <R> R repository(Class<R> repositoryInterface) {
        if (repositoryInterface == null) {
            throw new IllegalArgumentException("repositoryInterface must not be null");
        }
        return repositoryInterface.cast(repositories.computeIfAbsent(repositoryInterface, type -> {
            Object repository = repositoryFactory.create(type);
            register(repositoryFactory.entityType(type));
            return repository;
        }));
    }

    /** Inserts a new entity (validated, id generated when absent); returns it, or its copy for records. */
    public <T> T insert(T entity) {
        return persister(entity).insert(entity);
    }

    /** Inserts or replaces an entity (conditionally on its version when versioned). */
    public <T> T save(T entity) {
        return persister(entity).save(entity);
    }

    /** Replaces the stored entity; fails with {@link OptimisticLockException} when it is gone or its version moved on. */
    public <T> T update(T entity) {
        return persister(entity).update(entity);
    }

    public <T> void delete(T entity) {
        persister(entity).delete(entity);
    }

    /** Creates the indexes declared by the annotations of every entity this mapper knows. */
    public void ensureIndexes() {
        for (Class<?> entity : new ArrayList<>(entities)) {
            EntityModel<?> model = models.model(entity);
            DocumentStore store = store(entity);
            for (IndexPlanner.IndexPlan plan : IndexPlanner.plan(models, model)) {
                store.createIndex(plan.keys(), plan.options());
            }
        }
    }

    /**
     * Runs {@code work} in a transaction with the driver's {@code withTransaction}: the whole
     * callback is retried on a transient transaction error and the commit on an unknown commit
     * result, so the callback must be safe to repeat. Repositories and entity writes of this
     * mapper called on this thread inside the callback join the transaction. An exception from
     * the callback aborts the transaction and is rethrown; {@code tx.rollback()} aborts it and
     * returns the callback's result. Transactions do not nest.
     *
     * @throws io.connectmongodb.driver.error.MongoTransactionNotSupportedException at once, running
     *     nothing, when the deployment cannot run transactions (a standalone server)
     * @throws MongoConfigurationException when the mapper was built without its client
     */
    public <R> R inTransaction(Function<MapperTransaction, R> work) {
        if (work == null) {
            throw new IllegalArgumentException("work must not be null");
        }
        return CallbackTransaction.run(startSession(), sessions, work);
    }

    /**
     * Starts an explicit transaction bound to this thread until it ends:
     * {@code try (var tx = mapper.beginTransaction()) { ...; tx.commit(); }}. Closing it without
     * a commit aborts it. There is no retry: on a transient error, run the block again.
     *
     * @throws io.connectmongodb.driver.error.MongoTransactionNotSupportedException at once when the
     *     deployment cannot run transactions
     * @throws MongoConfigurationException when the mapper was built without its client
     */
    public MapperTransaction beginTransaction() {
        return ExplicitTransaction.begin(startSession(), sessions);
    }

    @Override
    public void close() {
        validator.close();
    }

    private ClientSession startSession() {
        if (client == null) {
            throw new MongoConfigurationException("transactions need the client to start sessions: build the mapper with "
                    + "Mapper.builder(client, databaseName) instead of Mapper.builder(database)");
        }
        return client.startSession();
    }

    @SuppressWarnings("unchecked")
    private <T> EntityPersister<T> persister(T entity) {
        if (entity == null) {
            throw new IllegalArgumentException("entity must not be null");
        }
        Class<T> type = (Class<T>) rootEntityType(entity.getClass());
        return new EntityPersister<>(models, type, validator, store(type), clock, longIds);
    }

    private Class<?> rootEntityType(Class<?> type) {
        Class<?> root = type;
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (EntityModels.isEntity(c)) {
                root = c;
            }
        }
        return root;
    }

    private <T> EntityModel<T> register(Class<T> entityType) {
        if (!EntityModels.isEntity(entityType)) {
            throw new EntityMappingException(entityType.getName() + " is not annotated @Entity or @Document");
        }
        EntityModel<T> model = models.model(entityType);
        entities.add(entityType);
        return model;
    }

    private DocumentStore store(Class<?> entityType) {
        return stores.computeIfAbsent(entityType, type -> {
            String collection = models.model(type).collectionName();
            return new DriverDocumentStore(database.getCollection(collection, BsonDocument.class), sessions);
        });
    }

    /** Configures a {@link Mapper}; validation is on and index creation off by default. */
    public static final class Builder {
        private final MongoDatabase database;
        private final MongoClient client;
        private boolean validation = true;
        private Class<?>[] validationGroups = new Class<?>[0];
        private boolean createIndexes;
        private final Set<Class<?>> entities = new LinkedHashSet<>();
        private Clock clock = Clock.systemUTC();
        private int batchSize = 100;
        private int longIdBlockSize = 1;

        private Builder(MongoDatabase database, MongoClient client) {
            this.database = database;
            this.client = client;
        }

        /** Whether Bean Validation runs before whole-entity writes (default true). */
        public Builder validation(boolean enabled) {
            this.validation = enabled;
            return this;
        }

        /** The validation groups to check (default: the Default group). */
        public Builder validationGroups(Class<?>... groups) {
            if (groups == null) {
                throw new IllegalArgumentException("groups must not be null");
            }
            this.validationGroups = groups.clone();
            return this;
        }

        /** Entity classes analysed at build time (so bad ones fail there) and covered by {@link Mapper#ensureIndexes()}. */
        public Builder entities(Class<?>... entityTypes) {
            for (Class<?> type : entityTypes) {
                if (type == null) {
                    throw new IllegalArgumentException("entity types must not contain null");
                }
                entities.add(type);
            }
            return this;
        }

        /** Create the annotated indexes of the registered entities when the mapper is built (default false). */
        public Builder createIndexesOnStart(boolean enabled) {
            this.createIndexes = enabled;
            return this;
        }

        /** The clock for {@code @CreatedAt}/{@code @UpdatedAt} (default: system UTC). */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            this.clock = clock;
            return this;
        }

        /** How many documents are decoded together, which bounds reference loading to one query per batch (default 100). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * How many Long ids one round trip reserves from a collection's counter in
         * {@code mapper_sequences} (default 1: a round trip per generated id, no gaps). Larger
         * blocks save round trips; ids stay unique across mappers and processes, but a block's
         * unused ids are lost when the mapper goes away, and ids of concurrent mappers interleave.
         */
        public Builder longIdBlockSize(int blockSize) {
            if (blockSize < 1) {
                throw new IllegalArgumentException("longIdBlockSize must be at least 1, but was " + blockSize);
            }
            this.longIdBlockSize = blockSize;
            return this;
        }

        public Mapper build() {
            return new Mapper(this);
        }
    }
}
