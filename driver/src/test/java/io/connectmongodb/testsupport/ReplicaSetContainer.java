package io.connectmongodb.testsupport;

import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A real single-node mongod replica set started with Testcontainers, shared by every test in the
 * JVM. Only usable where a Docker engine answers: guard tests with
 * {@code @ExtendWith(DockerSupport.class)}, which skips them with the reason printed elsewhere.
 */
public final class ReplicaSetContainer {
    /** The server image; a recent release with transactions and change streams. */
    public static final String IMAGE = "mongo:7.0";

    private static MongoDBContainer container;

    private ReplicaSetContainer() {
    }

    /** Starts the replica set once and returns its connection string (with {@code replicaSet}). */
    public static synchronized String uri() {
        if (!DockerSupport.dockerAvailable()) {
            throw new IllegalStateException("no Docker engine answers; guard the test with DockerSupport");
        }
        if (container == null) {
            MongoDBContainer started = new MongoDBContainer(IMAGE).withReplicaSet();
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "replica-set-stop"));
            container = started;
        }
        return container.getReplicaSetUrl();
    }
}
