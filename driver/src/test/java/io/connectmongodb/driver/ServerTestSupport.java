package io.connectmongodb.driver;

import io.connectmongodb.testsupport.TestServer;

/** Clients for integration tests against {@link TestServer#shared()}, each test class with its own database. */
final class ServerTestSupport {
    private ServerTestSupport() {
    }

    static MongoClient client() {
        return MongoClients.create(TestServer.shared().uri());
    }

    /** A database name unique to the test class and this run. */
    static String databaseName(Class<?> testClass) {
        String name = "it_" + testClass.getSimpleName() + "_" + Long.toHexString(System.nanoTime());
        return name.length() > 60 ? name.substring(name.length() - 60) : name;
    }
}
