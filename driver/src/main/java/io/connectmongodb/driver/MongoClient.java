package io.connectmongodb.driver;

import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import io.connectmongodb.driver.changestream.ChangeStreamIterable;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A handle on a MongoDB deployment. Thread-safe; create one per application and close it at the end.
 * Made by {@link MongoClients}.
 */
public interface MongoClient extends AutoCloseable {

    /**
     * Starts a causally consistent session; pass it as the first argument of operations. Works
     * against any server; sessions-specific fields are sent only where the server supports them.
     */
    ClientSession startSession();

    ClientSession startSession(ClientSessionOptions options);

    /** A database by name; nothing is sent until an operation runs. */
    MongoDatabase getDatabase(String databaseName);

    /** The names of all databases. */
    MongoIterable<String> listDatabaseNames();

    /** A document per database ({@code name}, {@code sizeOnDisk}, {@code empty}). */
    MongoIterable<Document> listDatabases();

    <T> MongoIterable<T> listDatabases(Class<T> resultClass);

    MongoClientSettings getSettings();

    /** The current view of the deployment: topology type and every server's description. */
    TopologyDescription getClusterDescription();

    /** The strategy that picks among suitable servers now. */
    LoadBalancingStrategyType getLoadBalancingStrategy();

    /** Switches the strategy for every later operation; operations in flight are not affected. */
    void setLoadBalancingStrategy(LoadBalancingStrategyType strategy);

    /**
     * Adds a server (a mongos, or a seed of a deployment not yet discovered) without restarting:
     * it is monitored at once and receives operations once its first check succeeds.
     *
     * @throws IllegalArgumentException when it is already part of the deployment
     * @throws io.connectmongodb.driver.error.MongoUnsupportedFeatureException in a replica set, a
     *     direct connection or a load-balanced deployment, whose members the client does not choose
     */
    void addServer(ServerAddress address);

    /**
     * Removes a server without restarting: no new operation goes to it, operations in flight
     * finish, then its pool closes. A cursor still open on it fails on its next batch.
     *
     * @throws IllegalArgumentException when it is not part of the deployment, or is the last server
     * @throws io.connectmongodb.driver.error.MongoUnsupportedFeatureException as for {@link #addServer}
     */
    void removeServer(ServerAddress address);

    /** Load balancing figures: totals, the current strategy and every server's health and load. */
    ClusterStatistics clusterStatistics();

    /** A snapshot of every server's connection pool, ordered by address. */
    List<ConnectionPoolStatistics> connectionPoolStats();

    /** A change stream of every database of the deployment (except admin, local and config). */
    ChangeStreamIterable<Document> watch();

    ChangeStreamIterable<Document> watch(List<? extends Bson> pipeline);

    <T> ChangeStreamIterable<T> watch(List<? extends Bson> pipeline, Class<T> documentClass);

    /**
     * Closes every connection after ending the pooled server sessions. Pending async operations
     * fail with {@link io.connectmongodb.driver.error.MongoClientClosedException} and the async
     * workers exit; further synchronous operations fail with {@link IllegalStateException}.
     */
    @Override
    void close();

    // ---- the same operations in a session ----

    MongoIterable<String> listDatabaseNames(ClientSession clientSession);

    MongoIterable<Document> listDatabases(ClientSession clientSession);

    <T> MongoIterable<T> listDatabases(ClientSession clientSession, Class<T> resultClass);


    /**
     * {@link #watch()} in {@code clientSession}: the {@code aggregate}, every {@code getMore} and a resume run in it
     * (its {@code lsid}, causal reads). A change stream cannot be opened inside a transaction; the server refuses it.
     */
    ChangeStreamIterable<Document> watch(ClientSession clientSession);

    ChangeStreamIterable<Document> watch(ClientSession clientSession, List<? extends Bson> pipeline);

    <T> ChangeStreamIterable<T> watch(ClientSession clientSession, List<? extends Bson> pipeline, Class<T> documentClass);
}
