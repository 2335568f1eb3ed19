package io.connectmongodb.examples;

/**
 * The examples tour: runs every example in turn against one server (MONGODB_URI, or an embedded
 * server when it is unset). {@code mvn -q -pl examples -am verify -Ptour}.
 */
public final class Tour {
    private Tour() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            System.out.println("connect-mongodb examples tour against " + server.describe());
            QuickStart.run(server.uri());
            TlsExample.run();
            LoadBalancingExample.run();
            GridFsExample.run(server.uri());
            ChangeStreamExample.run(server.uri());
            System.out.println("== Tour finished");
        }
    }
}
