package io.connectmongodb.driver.internal.client;

import java.util.concurrent.CompletableFuture;
import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.AggregateIterable;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.MongoIterable;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import io.connectmongodb.driver.internal.changestream.ChangeStreamIterableImpl;
import io.connectmongodb.driver.internal.changestream.ChangeStreamTarget;
import io.connectmongodb.driver.internal.bson.DefaultDocumentValues;
import io.connectmongodb.driver.internal.operation.CollectionCommands;
import io.connectmongodb.driver.internal.operation.DatabaseCommands;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.internal.validation.NamespaceValidator;
import io.connectmongodb.driver.model.CreateCollectionOptions;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/** The database façade: collections, commands, collection listing and creation, database-level aggregation. */
final class MongoDatabaseImpl implements MongoDatabase {
    private final String name;
    private final ArgumentEncoder encoder;
    private final OperationExecutor executor;

    MongoDatabaseImpl(String name, CodecRegistry registry, OperationExecutor executor) {
        NamespaceValidator.validateDatabaseName(name);
        this.name = name;
        this.encoder = new ArgumentEncoder(Arguments.notNull("codecRegistry", registry));
        this.executor = executor;
    }

    OperationExecutor executor() {
        return executor;
    }

    /** The client's async pool (shared by every view). */
    AsyncRunner async() {
        return executor.async();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return encoder.registry();
    }

    @Override
    public MongoDatabase withCodecRegistry(CodecRegistry codecRegistry) {
        return new MongoDatabaseImpl(name, codecRegistry, executor);
    }

    @Override
    public ReadPreference getReadPreference() {
        return executor.scope().readPreference();
    }

    @Override
    public ReadConcern getReadConcern() {
        return executor.scope().readConcern();
    }

    @Override
    public WriteConcern getWriteConcern() {
        return executor.scope().writeConcern();
    }

    @Override
    public MongoDatabase withReadPreference(ReadPreference readPreference) {
        return new MongoDatabaseImpl(name, encoder.registry(), executor.withScope(executor.scope().withReadPreference(readPreference)));
    }

    @Override
    public MongoDatabase withReadConcern(ReadConcern readConcern) {
        return new MongoDatabaseImpl(name, encoder.registry(), executor.withScope(executor.scope().withReadConcern(readConcern)));
    }

    @Override
    public MongoDatabase withWriteConcern(WriteConcern writeConcern) {
        return new MongoDatabaseImpl(name, encoder.registry(), executor.withScope(executor.scope().withWriteConcern(writeConcern)));
    }

    @Override
    public MongoCollection<Document> getCollection(String collectionName) {
        return getCollection(collectionName, Document.class);
    }

    @Override
    public <T> MongoCollection<T> getCollection(String collectionName, Class<T> documentClass) {
        return new MongoCollectionImpl<>(new MongoNamespace(name, collectionName), documentClass, encoder.registry(), executor);
    }

    @Override
    public Document runCommand(Bson command) {
        return runCommand(command, Document.class);
    }

    @Override
    public <T> T runCommand(Bson command, Class<T> resultClass) {
        if (command instanceof Document document && DefaultDocumentValues.isDefaultRegistry(encoder.registry())
                && DefaultDocumentValues.writable(document)) {
            // the tree the default codec would build, made directly and owned here: $db goes in without a copy
            return executor.readPrimary(DatabaseCommands.runOwnedCommand(name, DefaultDocumentValues.toTree(document),
                    encoder.codec(resultClass)));
        }
        BsonDocument commandDocument = encoder.required("command", command);
        return executor.readPrimary(DatabaseCommands.runCommand(name, commandDocument, encoder.codec(resultClass)));
    }

    @Override
    public MongoIterable<String> listCollectionNames() {
        BsonDocumentCodec codec = new BsonDocumentCodec();
        return new OperationIterable<BsonDocument>(executor.async(), batchSize ->
                executor.read(DatabaseCommands.listCollections(name, null, true, codec, batchSize)))
                .map(collection -> collection.getString("name").getValue());
    }

    @Override
    public MongoIterable<Document> listCollections() {
        return listCollections(Document.class);
    }

    @Override
    public <T> MongoIterable<T> listCollections(Class<T> resultClass) {
        Codec<T> codec = encoder.codec(resultClass);
        return new OperationIterable<>(executor.async(), batchSize -> executor.read(DatabaseCommands.listCollections(name, null, false, codec, batchSize)));
    }

    @Override
    public void createCollection(String collectionName) {
        createCollection(collectionName, new CreateCollectionOptions());
    }

    @Override
    public void createCollection(String collectionName, CreateCollectionOptions options) {
        MongoNamespace namespace = new MongoNamespace(name, collectionName);
        NamespaceValidator.validateCreatableCollection(collectionName);
        Arguments.notNull("options", options);
        executor.write(CollectionCommands.create(namespace, creationOptions(options)));
    }

    @Override
    public void drop() {
        executor.write(CollectionCommands.dropDatabase(name));
    }

    @Override
    public AggregateIterable<Document> aggregate(List<? extends Bson> pipeline) {
        return aggregate(pipeline, Document.class);
    }

    @Override
    public <T> AggregateIterable<T> aggregate(List<? extends Bson> pipeline, Class<T> resultClass) {
        return new AggregateIterableImpl<>(executor, encoder, pipeline,
                AggregateIterableImpl.onDatabase(name, encoder.codec(resultClass)));
    }

    @Override
    public ChangeStreamIterable<Document> watch() {
        return watch(List.of(), Document.class);
    }

    @Override
    public ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline) {
        return watch(pipeline, Document.class);
    }

    @Override
    public <T> ChangeStreamIterable<T> watch(List<? extends Bson> pipeline, Class<T> documentClass) {
        return new ChangeStreamIterableImpl<>(executor::read, executor.async(),
                ChangeStreamTarget.database(name), encoder.registry(), pipeline, documentClass);
    }

    private BsonDocument creationOptions(CreateCollectionOptions options) {
        BsonDocument document = new BsonDocument();
        if (options.isCapped()) {
            if (options.getSizeInBytes() <= 0) {
                throw new IllegalArgumentException("a capped collection needs a positive sizeInBytes");
            }
            document.append("capped", BsonBoolean.TRUE).append("size", new BsonInt64(options.getSizeInBytes()));
            if (options.getMaxDocuments() > 0) {
                document.append("max", new BsonInt64(options.getMaxDocuments()));
            }
        } else if (options.getMaxDocuments() > 0 || options.getSizeInBytes() > 0) {
            throw new IllegalArgumentException("sizeInBytes and maxDocuments apply only to capped collections; set capped(true)");
        }
        BsonDocument validator = encoder.optional("validator", options.getValidator());
        if (validator != null) {
            document.append("validator", validator);
        }
        if (options.getValidationLevel() != null) {
            document.append("validationLevel", new BsonString(options.getValidationLevel()));
        }
        if (options.getValidationAction() != null) {
            document.append("validationAction", new BsonString(options.getValidationAction()));
        }
        if (options.getCollation() != null) {
            document.append("collation", options.getCollation().asDocument());
        }
        if (options.getExpireAfterSeconds() != null) {
            document.append("expireAfterSeconds", new BsonInt64(options.getExpireAfterSeconds()));
        }
        return document;
    }

    // ---- the same operations in a session ----

    @Override
    public Document runCommand(ClientSession clientSession, Bson command) {
        return in(clientSession).runCommand(command);
    }

    @Override
    public <T> T runCommand(ClientSession clientSession, Bson command, Class<T> resultClass) {
        return in(clientSession).runCommand(command, resultClass);
    }

    @Override
    public MongoIterable<String> listCollectionNames(ClientSession clientSession) {
        return in(clientSession).listCollectionNames();
    }

    @Override
    public MongoIterable<Document> listCollections(ClientSession clientSession) {
        return in(clientSession).listCollections();
    }

    @Override
    public <T> MongoIterable<T> listCollections(ClientSession clientSession, Class<T> resultClass) {
        return in(clientSession).listCollections(resultClass);
    }

    @Override
    public void createCollection(ClientSession clientSession, String collectionName) {
        in(clientSession).createCollection(collectionName);
    }

    @Override
    public void createCollection(ClientSession clientSession, String collectionName, CreateCollectionOptions options) {
        in(clientSession).createCollection(collectionName, options);
    }

    @Override
    public void drop(ClientSession clientSession) {
        in(clientSession).drop();
    }

    @Override
    public AggregateIterable<Document> aggregate(ClientSession clientSession, List<? extends Bson> pipeline) {
        return in(clientSession).aggregate(pipeline);
    }

    @Override
    public <T> AggregateIterable<T> aggregate(ClientSession clientSession, List<? extends Bson> pipeline, Class<T> resultClass) {
        return in(clientSession).aggregate(pipeline, resultClass);
    }

    private MongoDatabaseImpl in(ClientSession clientSession) {
        return new MongoDatabaseImpl(name, encoder.registry(), executor.withSession(Sessions.own(clientSession)));
    }

    // ---- the same operations, asynchronously: each returns at once; see the async section of the README ----

    @Override
    public CompletableFuture<Document> runCommandAsync(Bson command) {
        return executor.async().supply(() -> runCommand(command));
    }

    @Override
    public <T> CompletableFuture<T> runCommandAsync(Bson command, Class<T> resultClass) {
        return executor.async().supply(() -> runCommand(command, resultClass));
    }

    @Override
    public CompletableFuture<Void> createCollectionAsync(String collectionName) {
        return executor.async().run(() -> createCollection(collectionName));
    }

    @Override
    public CompletableFuture<Void> createCollectionAsync(String collectionName, CreateCollectionOptions options) {
        return executor.async().run(() -> createCollection(collectionName, options));
    }

    @Override
    public CompletableFuture<Void> dropAsync() {
        return executor.async().run(() -> drop());
    }

    @Override
    public String toString() {
        return "MongoDatabase{" + name + "}";
    }

    @Override
    public ChangeStreamIterable<Document> watch(ClientSession clientSession) {
        return in(clientSession).watch();
    }

    @Override
    public ChangeStreamIterable<Document> watch(ClientSession clientSession, List<? extends Bson> pipeline) {
        return in(clientSession).watch(pipeline);
    }

    @Override
    public <T> ChangeStreamIterable<T> watch(ClientSession clientSession, List<? extends Bson> pipeline, Class<T> documentClass) {
        return in(clientSession).watch(pipeline, documentClass);
    }
}
