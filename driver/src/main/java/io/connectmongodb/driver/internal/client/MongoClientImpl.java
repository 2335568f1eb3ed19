package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ClientSessionOptions;
import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.MongoIterable;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.internal.binding.SingleSourceBinding;
import io.connectmongodb.driver.internal.cluster.Cluster;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import io.connectmongodb.driver.internal.changestream.ChangeStreamIterableImpl;
import io.connectmongodb.driver.internal.changestream.ChangeStreamTarget;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.cursor.ListCursor;
import io.connectmongodb.driver.internal.operation.DatabaseCommands;
import io.connectmongodb.driver.internal.validation.Arguments;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.lang.System.Logger.Level;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.conversions.Bson;

/**
 * The client façade over a {@link Cluster} (or, for tests and tools, one fixed connection source,
 * which has no topology to control). Databases and collections share the client's
 * {@link OperationExecutor}, so closing the client stops them all.
 */
public final class MongoClientImpl implements MongoClient {
    private static final System.Logger LOGGER = System.getLogger(MongoClientImpl.class.getName());

    private final MongoClientSettings settings;
    private final OperationExecutor executor;
    private final ArgumentEncoder encoder;
    private final Cluster cluster;

    public MongoClientImpl(MongoClientSettings settings, Cluster cluster) {
        this.settings = Arguments.notNull("settings", settings);
        this.cluster = Arguments.notNull("cluster", cluster);
        this.executor = new OperationExecutor(cluster, scopeOf(settings), settings.getRetryWrites(), settings.getRetryReads(),
                settings.getMaxAsyncWorkers(), settings.getAsyncQueueSize());
        this.encoder = new ArgumentEncoder(settings.getCodecRegistry());
        LOGGER.log(Level.DEBUG, () -> "MongoClient created for " + settings.getHosts());
    }

    /** A client whose every operation uses {@code source}; the cluster controls are refused. */
    public MongoClientImpl(MongoClientSettings settings, ConnectionSource source) {
        this.settings = Arguments.notNull("settings", settings);
        this.cluster = null;
        this.executor = new OperationExecutor(new SingleSourceBinding(Arguments.notNull("source", source)),
                scopeOf(settings), settings.getRetryWrites(), settings.getRetryReads(),
                settings.getMaxAsyncWorkers(), settings.getAsyncQueueSize());
        this.encoder = new ArgumentEncoder(settings.getCodecRegistry());
    }

    /** A view of {@code client} whose operations run in one session. */
    private MongoClientImpl(MongoClientImpl client, OperationExecutor sessionExecutor) {
        this.settings = client.settings;
        this.cluster = client.cluster;
        this.executor = sessionExecutor;
        this.encoder = client.encoder;
    }

    private MongoClientImpl in(ClientSession clientSession) {
        return new MongoClientImpl(this, executor.withSession(Sessions.own(clientSession)));
    }

    @Override
    public ClientSession startSession() {
        return startSession(ClientSessionOptions.builder().build());
    }

    @Override
    public ClientSession startSession(ClientSessionOptions options) {
        return executor.startSession(options);
    }

    private static OperationScope scopeOf(MongoClientSettings settings) {
        return new OperationScope(settings.getReadPreference(), settings.getReadConcern(), settings.getWriteConcern());
    }

    @Override
    public MongoDatabase getDatabase(String databaseName) {
        return new MongoDatabaseImpl(databaseName, settings.getCodecRegistry(), executor);
    }

    @Override
    public MongoIterable<String> listDatabaseNames() {
        BsonDocumentCodec codec = new BsonDocumentCodec();
        return new OperationIterable<BsonDocument>(executor.async(), batchSize -> new ListCursor<>(executor.read(DatabaseCommands.listDatabases(true, codec))))
                .map(database -> database.getString("name").getValue());
    }

    @Override
    public MongoIterable<Document> listDatabases() {
        return listDatabases(Document.class);
    }

    @Override
    public <T> MongoIterable<T> listDatabases(Class<T> resultClass) {
        Codec<T> codec = encoder.codec(resultClass);
        return new OperationIterable<>(executor.async(), batchSize -> new ListCursor<>(executor.read(DatabaseCommands.listDatabases(false, codec))));
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
                ChangeStreamTarget.cluster(), settings.getCodecRegistry(), pipeline, documentClass);
    }

    @Override
    public MongoClientSettings getSettings() {
        return settings;
    }

    @Override
    public TopologyDescription getClusterDescription() {
        return cluster().description();
    }

    @Override
    public LoadBalancingStrategyType getLoadBalancingStrategy() {
        return cluster().strategy();
    }

    @Override
    public void setLoadBalancingStrategy(LoadBalancingStrategyType strategy) {
        cluster().setStrategy(strategy);
    }

    @Override
    public void addServer(ServerAddress address) {
        cluster().addServer(address);
    }

    @Override
    public void removeServer(ServerAddress address) {
        cluster().removeServer(address);
    }

    @Override
    public ClusterStatistics clusterStatistics() {
        return cluster().statistics();
    }

    @Override
    public List<ConnectionPoolStatistics> connectionPoolStats() {
        return cluster().poolStatistics();
    }

    @Override
    public void close() {
        executor.close();
        LOGGER.log(Level.DEBUG, "MongoClient closed");
    }

    private Cluster cluster() {
        if (cluster == null) {
            throw new MongoUnsupportedFeatureException("this client runs over one fixed connection source, without a "
                    + "cluster: topology, load balancing and pool controls are not available");
        }
        return cluster;
    }
    // ---- the same operations in a session ----

    @Override
    public MongoIterable<String> listDatabaseNames(ClientSession clientSession) {
        return in(clientSession).listDatabaseNames();
    }

    @Override
    public MongoIterable<Document> listDatabases(ClientSession clientSession) {
        return in(clientSession).listDatabases();
    }

    @Override
    public <T> MongoIterable<T> listDatabases(ClientSession clientSession, Class<T> resultClass) {
        return in(clientSession).listDatabases(resultClass);
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
