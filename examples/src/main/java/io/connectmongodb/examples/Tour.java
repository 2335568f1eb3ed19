package io.connectmongodb.examples;

/**
 * The examples tour: runs every example in turn against one server (MONGODB_URI, or an embedded
 * server when it is unset). {@code mvn -q -pl examples -am verify -Ptour}.
 */
public final class Tour {
    private Tour() {
    }

    public static void main(String[] args) throws Exception {
        try (ExampleServer server = ExampleServer.start()) {
            System.out.println("connect-mongodb examples tour against " + server.describe());
            QuickStart.run(server.uri());
            BulkWriteExample.run(server.uri());
            AsyncFanOutExample.run(server.uri());
            ECommerceTransactionExample.run(server.uri());
            TlsExample.run();
            LoadBalancingExample.run();
            GridFsExample.run(server.uri());
            ChangeStreamExample.run(server.uri());
            io.connectmongodb.examples.mapper.UserServiceExample.run(server.uri());
            io.connectmongodb.examples.mapper.AnalyticsExample.run(server.uri());
            io.connectmongodb.examples.mapper.OrderFlowExample.run(server.uri());
            io.connectmongodb.examples.jdbc.JdbcReportingExample.run(server.uri());
            io.connectmongodb.examples.jdbc.HikariJdbcExample.run(server.uri());
            System.out.println("== Tour finished");
        }
    }
}
